package org.claimdesk.verdicts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A verdict as the claim page shows it. */
public record VerdictSummary(
    long id,
    long version,
    long claimId,
    Rating rating,
    String summary,
    @Nullable String rationale,
    VerdictState state,
    String author,
    @Nullable String approver,
    @Nullable Long supersedesId,
    @Nullable String stateNote,
    Instant createdAt,
    @Nullable Instant publishedAt,
    @Nullable String retractionBy,
    @Nullable String retractionReason,
    @Nullable String reviewUrl) {

  static VerdictSummary of(Verdict v) {
    return new VerdictSummary(
        v.getId() == null ? 0 : v.getId(),
        v.getVersion(),
        v.getClaimId(),
        v.getRating(),
        v.getSummary(),
        v.getRationale(),
        v.getState(),
        v.getAuthor(),
        v.getApprover(),
        v.getSupersedesId(),
        v.getStateNote(),
        v.getCreatedAt(),
        v.getPublishedAt(),
        v.getRetractionBy(),
        v.getRetractionReason(),
        v.getReviewUrl());
  }
}
