package org.claimdesk.users;

/** An API token was created or revoked; the audit log records it (never the secret). */
public record ApiTokenChanged(long tokenId, String owner, String name, boolean revoked) {}
