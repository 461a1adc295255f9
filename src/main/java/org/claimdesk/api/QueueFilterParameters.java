package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Set;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The queue's filters as query parameters, read the same way by every endpoint that lists the queue
 * ({@code GET /api/v1/claims} and its export), so that the same parameters select the same claims.
 * A value of the wrong type is a 400 problem naming the parameter.
 */
record QueueFilterParameters(
    @Parameter(description = "One or more statuses, e.g. status=NEW,ACCEPTED")
        @Nullable Set<ClaimStatus> status,
    @Parameter(description = "Words in the speaker's name") @Nullable String speaker,
    @Parameter(description = "The assigned reviewer's username") @Nullable String assignee,
    @Parameter(description = "The current rating, e.g. FALSE") @Nullable String rating,
    @Parameter(description = "The outlet the claim was first seen in") @Nullable String outlet,
    @Parameter(description = "Claims with an appearance in this document")
        @Nullable Long documentId,
    @Parameter(description = "First seen on or after, e.g. 2025-11-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate from,
    @Parameter(description = "First seen on or before, e.g. 2025-11-30")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate to,
    @Parameter(description = "Words in the statement, as in the queue's search box")
        @Nullable String q,
    @Parameter(
            description =
                "true: only claims with an appearance ingested or linked after their published"
                    + " verdict's publish time")
        @Nullable Boolean resurfaced) {

  ClaimFilter filter() {
    return new ClaimFilter(
        status == null ? Set.of() : status,
        speaker,
        assignee,
        rating,
        outlet,
        documentId,
        from,
        to,
        q,
        Boolean.TRUE.equals(resurfaced));
  }
}
