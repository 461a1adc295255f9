package org.claimdesk.shared;

/**
 * A rule of the desk forbids this person this action on this item (an author approving or
 * publishing their own verdict, an editor approving their own retraction). The person may see the
 * item; they are not the one who may act on it, so the API answers 403.
 */
public class RuleRefusedException extends UserFacingException {

  public RuleRefusedException(String message) {
    super(message);
  }
}
