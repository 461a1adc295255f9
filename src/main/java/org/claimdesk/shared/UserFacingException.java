package org.claimdesk.shared;

/**
 * An error whose message is written for the person using ClaimDesk: it says what went wrong and
 * what to do. Views show the message as it is; any other exception is logged and replaced by a
 * generic message.
 */
public class UserFacingException extends RuntimeException {

  public UserFacingException(String message) {
    super(message);
  }

  public UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
