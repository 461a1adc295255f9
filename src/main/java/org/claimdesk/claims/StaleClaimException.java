package org.claimdesk.claims;

import org.claimdesk.shared.ConflictException;

/** Somebody else saved the claim after this editor opened it. */
public class StaleClaimException extends ConflictException {

  public StaleClaimException() {
    super(
        "Somebody else has changed this claim. Reload to see their change; your text is kept"
            + " below.");
  }

  public StaleClaimException(String message) {
    super(message);
  }
}
