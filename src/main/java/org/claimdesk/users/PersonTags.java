package org.claimdesk.users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * A person's languages (ISO 639 codes) and beats (free tags), checked and kept as one
 * comma-separated column each. Every entry may itself hold several, separated by commas, so that
 * "en, fr" typed in a field and ["en", "fr"] from the API mean the same.
 */
final class PersonTags {

  static final int LANGUAGES_MAX_LENGTH = 200;
  static final int BEATS_MAX_LENGTH = 500;
  static final int BEAT_MAX_LENGTH = 60;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private PersonTags() {}

  static List<String> split(@Nullable String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : column.split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return List.copyOf(out);
  }

  static @Nullable String languages(@Nullable List<String> entered) {
    List<String> codes = new ArrayList<>();
    for (String code : entries(entered)) {
      String c = code.toLowerCase(Locale.ROOT);
      if (!LANGUAGE.matcher(c).matches()) {
        throw new UserFacingException(
            "'"
                + code
                + "' is not a language code. Use ISO 639 codes such as en, fr or de, separated"
                + " by commas.");
      }
      if (!codes.contains(c)) {
        codes.add(c);
      }
    }
    return join(codes, LANGUAGES_MAX_LENGTH, "Too many languages");
  }

  static @Nullable String beats(@Nullable List<String> entered) {
    Map<String, String> beats = new LinkedHashMap<>();
    for (String beat : entries(entered)) {
      if (beat.length() > BEAT_MAX_LENGTH) {
        throw new UserFacingException(
            "Keep each beat under " + BEAT_MAX_LENGTH + " characters, e.g. health or elections.");
      }
      beats.putIfAbsent(beat.toLowerCase(Locale.ROOT), beat);
    }
    return join(List.copyOf(beats.values()), BEATS_MAX_LENGTH, "Too many beats");
  }

  private static List<String> entries(@Nullable List<String> entered) {
    List<String> out = new ArrayList<>();
    if (entered != null) {
      for (String entry : entered) {
        if (entry != null) {
          out.addAll(split(entry.replaceAll("\\s+", " ")));
        }
      }
    }
    return out;
  }

  private static @Nullable String join(List<String> values, int max, String tooMany) {
    if (values.isEmpty()) {
      return null;
    }
    String joined = String.join(", ", values);
    if (joined.length() > max) {
      throw new UserFacingException(tooMany + ": keep the list under " + max + " characters.");
    }
    return joined;
  }
}
