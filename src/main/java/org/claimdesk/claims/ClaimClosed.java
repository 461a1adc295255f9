package org.claimdesk.claims;

/**
 * A claim was published or dismissed: the work on it is over, and whoever was assigned to it no
 * longer works on it.
 */
public record ClaimClosed(long claimId, ClaimStatus status) {}
