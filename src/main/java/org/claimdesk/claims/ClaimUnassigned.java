package org.claimdesk.claims;

/** Published when a claim's assignment ends without a new reviewer. */
public record ClaimUnassigned(long claimId) implements WorkOnClaim {}
