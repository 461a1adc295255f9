package org.claimdesk.documents;

import org.jspecify.annotations.Nullable;

/** What an ingest stored: the document, how many claim items it found, and any notice. */
public record IngestResult(DocumentSummary document, int items, @Nullable String notice) {}
