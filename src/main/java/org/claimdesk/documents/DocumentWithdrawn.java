package org.claimdesk.documents;

/**
 * Published inside the withdrawal's transaction: an editor took the document back as ingested by
 * mistake, for the reason given; the claims feature dismisses the claims nobody has worked on yet.
 */
public record DocumentWithdrawn(long documentId, String reason) {}
