package org.claimdesk.documents;

import org.claimdesk.nlp.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the ingest transaction once a document is stored, with what extraction found in
 * it; the claims feature turns the items into claims in the same transaction.
 */
public record DocumentIngested(long documentId, @Nullable String outlet, Extraction extraction) {}
