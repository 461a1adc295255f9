package org.claimdesk.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.jspecify.annotations.Nullable;

/** A claim as the queue shows it; {@code version} is what a change must send as expectedVersion. */
@Schema(name = "Claim", description = "A claim as the queue shows it.")
public record ClaimJson(
    @Schema(example = "42") long id,
    @Schema(description = "Send as expectedVersion with a change.", example = "3") long version,
    @Schema(example = "Switzerland has agreed to host the talks in Geneva.") String statement,
    @Schema(example = "Ignazio Cassis") @Nullable String speaker,
    @Nullable SpeakerKind speakerKind,
    ClaimStatus status,
    @Nullable String statusReason,
    @Schema(example = "0.82") double checkworthiness,
    @Schema(example = "rita") @Nullable String assignee,
    @Nullable LocalDate dueDate,
    @Nullable Long firstDocumentId,
    @Schema(example = "MOSTLY_TRUE") @Nullable String rating,
    @Schema(example = "Reuters") @Nullable String outlet,
    Instant createdAt,
    @Schema(description = "In how many documents the claim appeared.", example = "3")
        int appearances,
    @Schema(description = "When the desk last saw the claim in a document (ingest or link).")
        @Nullable Instant lastSeen,
    @Schema(description = "Seen again after its verdict was published.") boolean resurfaced) {

  static ClaimJson of(ClaimSummary c) {
    return new ClaimJson(
        c.id(),
        c.version(),
        c.statement(),
        c.claimantName(),
        c.claimantKind(),
        c.status(),
        c.statusReason(),
        c.checkworthiness(),
        c.assignee(),
        c.dueDate(),
        c.firstDocumentId(),
        c.currentRating(),
        c.outlet(),
        c.createdAt(),
        c.appearances(),
        c.lastSeen(),
        c.resurfaced());
  }
}
