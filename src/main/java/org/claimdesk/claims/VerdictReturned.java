package org.claimdesk.claims;

/** An editor sent a proposed verdict back to its author with a comment. */
public record VerdictReturned(long claimId, long verdictId, String comment)
    implements WorkOnClaim {}
