package org.claimdesk.shared;

/**
 * Somebody else saved the same thing first; the person's own input must be kept for them to copy.
 */
public class ConflictException extends UserFacingException {

  public ConflictException(String message) {
    super(message);
  }
}
