package org.claimdesk.users;

import org.claimdesk.shared.UserFacingException;

/** The rules a new password must meet, checked before it is hashed. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  static void check(String username, String password) {
    if (password.length() < MIN_LENGTH) {
      throw new UserFacingException(
          "The password is too short: use at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new UserFacingException(
          "The password is too long: use at most " + MAX_LENGTH + " characters.");
    }
    if (password.toLowerCase().contains(username.toLowerCase())) {
      throw new UserFacingException("The password must not contain the username.");
    }
  }
}
