package org.claimdesk.users;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as its owner and admins see it: never the secret, only its first characters. */
public record ApiTokenSummary(
    long id,
    long version,
    String name,
    String owner,
    String hint,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy,
    boolean usable) {

  static ApiTokenSummary of(ApiToken t, Instant now) {
    return new ApiTokenSummary(
        t.getId() == null ? 0 : t.getId(),
        t.getVersion(),
        t.getName(),
        t.getOwner().getUsername(),
        t.getTokenHint(),
        t.getCreatedAt(),
        t.getExpiresAt(),
        t.getLastUsedAt(),
        t.getRevokedAt(),
        t.getRevokedBy(),
        t.isUsableAt(now));
  }

  /** Active, expired or revoked, as a word for lists. */
  public String state() {
    if (revokedAt != null) {
      return "revoked";
    }
    return usable ? "active" : (expiresAt.isAfter(Instant.now()) ? "owner inactive" : "expired");
  }
}
