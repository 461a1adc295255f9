package org.claimdesk.api;

import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/** Presence of the request fields that the Java types need; the services check the values. */
final class Require {

  private Require() {}

  /** Missing text becomes empty, so that the service says which field to fill in. */
  static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  static <T> T present(@Nullable T value, String field, String what) {
    if (value == null) {
      throw new UserFacingException("The field '" + field + "' is missing: give " + what + ".");
    }
    return value;
  }

  static long version(@Nullable Long expectedVersion) {
    return present(
        expectedVersion, "expectedVersion", "the version of the item you read (its 'version')");
  }
}
