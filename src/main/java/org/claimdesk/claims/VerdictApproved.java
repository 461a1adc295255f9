package org.claimdesk.claims;

/** A second editor approved a proposed verdict. */
public record VerdictApproved(long claimId, long verdictId) implements WorkOnClaim {}
