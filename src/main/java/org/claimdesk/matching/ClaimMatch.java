package org.claimdesk.matching;

import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * An earlier claim found for a statement, and why: the words both share, the cosine similarity of
 * their embeddings (0 to 1), the combined ranking score, and the speaker and date of both.
 */
public record ClaimMatch(
    long claimId,
    String statement,
    double score,
    double similarity,
    List<String> sharedTerms,
    @Nullable String claimant,
    LocalDate firstSeen,
    ClaimStatus status,
    @Nullable String verdict,
    String why) {}
