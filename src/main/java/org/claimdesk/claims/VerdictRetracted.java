package org.claimdesk.claims;

/** A second editor approved the retraction of the claim's published verdict. */
public record VerdictRetracted(long claimId, long verdictId, String reason)
    implements WorkOnClaim {}
