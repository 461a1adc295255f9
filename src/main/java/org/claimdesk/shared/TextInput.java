package org.claimdesk.shared;

import org.jspecify.annotations.Nullable;

/** Checks on text a person typed, with messages that say what to change. */
public final class TextInput {

  private TextInput() {}

  /** The trimmed text; refused when empty or longer than {@code max} characters. */
  public static String required(@Nullable String value, String field, int max) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new UserFacingException("Enter the " + field + ".");
    }
    return limited(text, field, max);
  }

  /** The trimmed text or null when empty; refused when longer than {@code max} characters. */
  public static @Nullable String optional(@Nullable String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return limited(value.strip(), field, max);
  }

  private static String limited(String text, String field, int max) {
    if (text.length() > max) {
      throw new UserFacingException(
          "The "
              + field
              + " is too long: "
              + String.format("%,d", text.length())
              + " characters, at most "
              + String.format("%,d", max)
              + ". Shorten it.");
    }
    if (text.indexOf('\0') >= 0) {
      throw new UserFacingException(
          "The " + field + " contains binary data (NUL characters). Paste plain text.");
    }
    return text;
  }
}
