package org.claimdesk.claims;

/** A verdict was proposed for a claim; {@code correction} when it would replace a published one. */
public record VerdictProposed(long claimId, long verdictId, boolean correction)
    implements WorkOnClaim {}
