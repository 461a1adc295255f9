package org.claimdesk.documents;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A document as lists show it: no text. */
public record DocumentSummary(
    long id,
    String title,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable LocalDate publishedDate,
    String ingestedBy,
    Instant ingestedAt,
    @Nullable String wireCredits,
    @Nullable String language,
    @Nullable Instant withdrawnAt,
    @Nullable String withdrawnBy,
    @Nullable String withdrawnReason) {

  /** True once an editor has withdrawn the document as ingested by mistake. */
  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  static DocumentSummary of(Document d) {
    return new DocumentSummary(
        d.getId() == null ? 0 : d.getId(),
        d.getTitle(),
        d.getOutlet(),
        d.getUrl(),
        d.getPublishedDate(),
        d.getIngestedBy(),
        d.getIngestedAt(),
        d.getWireCredits(),
        d.getLanguage(),
        d.getWithdrawnAt(),
        d.getWithdrawnBy(),
        d.getWithdrawnReason());
  }
}
