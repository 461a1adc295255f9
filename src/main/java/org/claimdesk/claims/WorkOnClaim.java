package org.claimdesk.claims;

/**
 * Something that happened to a claim in another feature (a verdict proposed, evidence attached, a
 * reviewer assigned). The publisher says what happened; the claims feature decides, in one place,
 * what the claim's status becomes.
 */
public sealed interface WorkOnClaim
    permits VerdictProposed,
        VerdictApproved,
        VerdictReturned,
        VerdictPublished,
        VerdictRetracted,
        EvidenceAttached,
        ClaimAssigned,
        ClaimUnassigned {

  long claimId();
}
