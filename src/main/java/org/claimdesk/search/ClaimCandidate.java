package org.claimdesk.search;

import java.time.Instant;
import org.claimdesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** A claim the index ranks as a possible match of a text, with its BM25 score. */
public record ClaimCandidate(
    long claimId,
    float score,
    String statement,
    @Nullable String speaker,
    ClaimStatus status,
    Instant createdAt) {}
