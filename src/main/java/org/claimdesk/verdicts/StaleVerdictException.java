package org.claimdesk.verdicts;

import org.claimdesk.shared.ConflictException;

/** Somebody else acted on the verdict after this editor opened the claim. */
public class StaleVerdictException extends ConflictException {

  public StaleVerdictException() {
    super(
        "Somebody else has changed this verdict. Reload to see their change; your text is kept"
            + " below.");
  }
}
