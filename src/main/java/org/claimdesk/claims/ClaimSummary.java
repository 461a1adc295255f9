package org.claimdesk.claims;

import java.time.Instant;
import java.time.LocalDate;
import org.claimdesk.nlp.SpeakerKind;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the queue and other features see it; {@code appearances} counts the documents it
 * appeared in, {@code lastSeen} is when the desk last saw it in one.
 */
public record ClaimSummary(
    long id,
    long version,
    String statement,
    @Nullable String claimantName,
    @Nullable SpeakerKind claimantKind,
    ClaimStatus status,
    @Nullable String statusReason,
    double checkworthiness,
    @Nullable String assignee,
    @Nullable LocalDate dueDate,
    @Nullable Long firstDocumentId,
    @Nullable String currentRating,
    @Nullable String outlet,
    Instant createdAt,
    int appearances,
    @Nullable Instant lastSeen,
    @Nullable Long lastSeenDocumentId,
    @Nullable Instant seenAgainAt,
    @Nullable Instant verdictPublishedAt) {

  /** Whether the claim was seen again after its verdict was published. */
  public boolean resurfaced() {
    return seenAgainAt != null;
  }

  static ClaimSummary of(Claim c) {
    return new ClaimSummary(
        c.getId() == null ? 0 : c.getId(),
        c.getVersion(),
        c.getStatement(),
        c.getClaimantName(),
        c.getClaimantKind(),
        c.getStatus(),
        c.getStatusReason(),
        c.getCheckworthiness(),
        c.getAssignee(),
        c.getDueDate(),
        c.getFirstDocumentId(),
        c.getCurrentRating(),
        c.getOutlet(),
        c.getCreatedAt(),
        c.getAppearanceCount(),
        c.getLastSeenAt(),
        c.getLastSeenDocumentId(),
        c.getSeenAgainAt(),
        c.getVerdictPublishedAt());
  }
}
