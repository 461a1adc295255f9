package org.claimdesk.claims;

/**
 * Two claims became one: what belonged to {@code mergedClaimId} (evidence, follow-ups) now belongs
 * to {@code keptClaimId}.
 */
public record ClaimsMerged(long keptClaimId, long mergedClaimId) {}
