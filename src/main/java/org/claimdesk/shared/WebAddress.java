package org.claimdesk.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A web address that ClaimDesk stores and links to: only http and https, with a host. */
public record WebAddress(String value) {

  public static final int MAX_LENGTH = 2000;

  public WebAddress {
    String trimmed = value.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new UserFacingException("The web address is too long (at most 2,000 characters).");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new UserFacingException(
          "'" + abbreviate(trimmed) + "' is not a web address. Paste it as https://...");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new UserFacingException(
          "Only http and https addresses are accepted. Paste the address as https://...");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new UserFacingException("The web address has no site name. Paste it as https://...");
    }
    value = trimmed;
  }

  /** Null for an empty field, otherwise a checked address. */
  public static @Nullable String checkOptional(@Nullable String raw) {
    return raw == null || raw.isBlank() ? null : new WebAddress(raw).value();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
