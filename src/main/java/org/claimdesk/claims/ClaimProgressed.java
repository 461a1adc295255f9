package org.claimdesk.claims;

/**
 * Published by another feature when its work moves a claim on (a verdict proposed, approved or
 * published); the claims feature brings the claim's status along in the same transaction.
 */
public record ClaimProgressed(long claimId, ClaimStatus status) {}
