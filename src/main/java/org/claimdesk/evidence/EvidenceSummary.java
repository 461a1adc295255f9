package org.claimdesk.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A piece of evidence on a claim, with its source. */
public record EvidenceSummary(
    long id,
    long claimId,
    SourceSummary source,
    Stance stance,
    @Nullable String excerpt,
    @Nullable String note,
    String addedBy,
    Instant addedAt) {

  static EvidenceSummary of(Evidence e) {
    return new EvidenceSummary(
        e.getId() == null ? 0 : e.getId(),
        e.getClaimId(),
        SourceSummary.of(e.getSource()),
        e.getStance(),
        e.getExcerpt(),
        e.getNote(),
        e.getAddedBy(),
        e.getAddedAt());
  }
}
