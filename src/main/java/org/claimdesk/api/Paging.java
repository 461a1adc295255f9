package org.claimdesk.api;

import org.claimdesk.shared.UserFacingException;

/** The limits of {@code page} and {@code size} on every list. */
final class Paging {

  static final int MAX_SIZE = 500;

  private Paging() {}

  static void check(int page, int size) {
    if (page < 0) {
      throw new UserFacingException("The parameter 'page' must be 0 or more.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new UserFacingException(
          "The parameter 'size' must be between 1 and " + MAX_SIZE + "; it is " + size + ".");
    }
  }
}
