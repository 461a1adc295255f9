package org.claimdesk.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.shared.UserFacingException;

/**
 * The rules a new password must meet, checked before it is hashed: at least {@value #MIN_LENGTH}
 * characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further), not the
 * username, and not a common password or a common password with digits and symbols around it.
 */
public final class PasswordPolicy {

  static final int MIN_LENGTH = 12;

  /** bcrypt uses only the first 72 bytes of a password; longer ones are refused, not cut. */
  static final int MAX_BYTES = 72;

  private static final int MIN_DISTINCT_CHARACTERS = 5;
  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /** What the admin page tells a person about passwords before they type one. */
  public static String describe() {
    return "At least "
        + MIN_LENGTH
        + " characters and at most "
        + MAX_BYTES
        + " bytes (most accented letters take 2 bytes, other scripts 3 or 4); not a common"
        + " password.";
  }

  static void check(String username, String password) {
    if (password.length() < MIN_LENGTH) {
      throw new UserFacingException(
          "The password is too short: use at least " + MIN_LENGTH + " characters.");
    }
    int bytes = password.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new UserFacingException(
          "The password is too long: "
              + bytes
              + " bytes in UTF-8, at most "
              + MAX_BYTES
              + " (most accented letters take 2 bytes, other scripts 3 or 4). Use a shorter one.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw new UserFacingException("The password must not contain the username.");
    }
    if (lower.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
      throw new UserFacingException(
          "The password repeats too few characters: use at least "
              + MIN_DISTINCT_CHARACTERS
              + " different ones.");
    }
    if (isCommon(lower)) {
      throw new UserFacingException(
          "That password is one of the first that guessers try. Choose another one, for example"
              + " a few unrelated words.");
    }
  }

  /**
   * Whether the password, or its stem without the digits, symbols and spaces people put around a
   * word ("Password2025!"), and with the usual letter swaps undone ("p@ssw0rd"), is on the list.
   */
  static boolean isCommon(String lower) {
    String compact = lower.replaceAll("\\s+", "");
    if (COMMON.contains(compact)) {
      return true;
    }
    String stem = withoutEdges(compact);
    String plain = withoutEdges(unswap(stem));
    for (String candidate : new String[] {stem, plain}) {
      if (!candidate.isEmpty() && (COMMON.contains(candidate) || isRepeated(candidate))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutEdges(String text) {
    return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
  }

  /** A common word said twice or more, e.g. "passwordpassword". */
  private static boolean isRepeated(String stem) {
    for (int size = 3; size <= stem.length() / 2; size++) {
      if (stem.length() % size == 0
          && COMMON.contains(stem.substring(0, size))
          && stem.equals(stem.substring(0, size).repeat(stem.length() / size))) {
        return true;
      }
    }
    return false;
  }

  private static String unswap(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      plain.append(
          switch (c) {
            case '@', '4' -> 'a';
            case '0' -> 'o';
            case '3' -> 'e';
            case '1', '!' -> 'i';
            case '$', '5' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return plain.toString();
  }

  static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The list " + resource + " is missing from the build");
      }
      Set<String> words = new HashSet<>();
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(words::add);
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
