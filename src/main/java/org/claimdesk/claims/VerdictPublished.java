package org.claimdesk.claims;

/** A verdict went public; it is now the claim's one verdict in force, with this rating. */
public record VerdictPublished(long claimId, long verdictId, String rating)
    implements WorkOnClaim {}
