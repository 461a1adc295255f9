package org.claimdesk.transfer;

import org.claimdesk.documents.DocumentDraft;

/** One record read from an import file: a document to ingest, or a line that cannot be read. */
sealed interface SourceRecord {

  /** Where the record starts: the line of a JSON Lines or CSV file, the n-th file or feed item. */
  int line();

  record Doc(int line, DocumentDraft draft) implements SourceRecord {}

  /** A published fact-check read from ClaimReview. */
  record Review(int line, ImportedReview review) implements SourceRecord {}

  record Broken(int line, String reason) implements SourceRecord {}
}
