package org.claimdesk.claims;

import org.claimdesk.shared.UserFacingException;

/** Somebody else saved the claim after this editor opened it. */
public class StaleClaimException extends UserFacingException {

  public StaleClaimException() {
    super(
        "Somebody else has changed this claim. Reload to see their change; your text is kept"
            + " below.");
  }
}
