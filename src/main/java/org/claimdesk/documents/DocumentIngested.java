package org.claimdesk.documents;

import org.claimdesk.nlp.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the ingest transaction once a document is stored, with what extraction found in
 * it; the claims feature turns the items into claims in the same transaction. {@code deferMatching}
 * is set by a bulk import: every item becomes a new claim queued for the background matching pass,
 * instead of being looked up among the desk's claims in this transaction.
 */
public record DocumentIngested(
    long documentId, @Nullable String outlet, Extraction extraction, boolean deferMatching) {

  /** A document ingested on its own (a paste, an upload, the API): matched at once. */
  public DocumentIngested(long documentId, @Nullable String outlet, Extraction extraction) {
    this(documentId, outlet, extraction, false);
  }
}
