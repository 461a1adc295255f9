package org.claimdesk.documents;

import org.claimdesk.shared.ConflictException;

/** The same text is already in ClaimDesk; carries the id of the first copy. */
public class DuplicateDocumentException extends ConflictException {

  private final long existingId;

  public DuplicateDocumentException(String message, long existingId) {
    super(message);
    this.existingId = existingId;
  }

  public long existingId() {
    return existingId;
  }
}
