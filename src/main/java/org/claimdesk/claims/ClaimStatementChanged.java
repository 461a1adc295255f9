package org.claimdesk.claims;

/**
 * A claim got a statement outside ingest: made by hand or by an import of fact-checks, rewritten,
 * split off another, or the one kept by a merge. Matching embeds it once the change is committed.
 */
public record ClaimStatementChanged(long claimId) {}
