package org.claimdesk.evidence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A source as pickers and lists show it. */
public record SourceSummary(
    long id,
    SourceKind kind,
    String title,
    @Nullable String publisher,
    @Nullable String url,
    @Nullable LocalDate publishedDate,
    @Nullable String archivedUrl,
    @Nullable String notes) {

  static SourceSummary of(Source s) {
    return new SourceSummary(
        s.getId() == null ? 0 : s.getId(),
        s.getKind(),
        s.getTitle(),
        s.getPublisher(),
        s.getUrl(),
        s.getPublishedDate(),
        s.getArchivedUrl(),
        s.getNotes());
  }
}
