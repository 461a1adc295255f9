package org.claimdesk.claims;

/** Somebody attached a piece of evidence to a claim. */
public record EvidenceAttached(long claimId, long evidenceId, String attachedBy)
    implements WorkOnClaim {}
