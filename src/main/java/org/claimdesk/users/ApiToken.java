package org.claimdesk.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimdesk.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token: its owner, name, expiry and the SHA-256 hash of the secret, never the
 * secret.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

  static final int MAX_NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  /** The first characters of the token, so that a person can tell their tokens apart. */
  @Column(name = "token_hint", nullable = false, length = 16)
  private String tokenHint;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private @Nullable Instant lastUsedAt;

  @Column(name = "revoked_at")
  private @Nullable Instant revokedAt;

  @Column(name = "revoked_by", length = 64)
  private @Nullable String revokedBy;

  protected ApiToken() {
    this.owner = new User();
    this.name = "";
    this.tokenHash = "";
    this.tokenHint = "";
    this.createdAt = Instant.EPOCH;
    this.expiresAt = Instant.EPOCH;
  }

  ApiToken(
      User owner,
      String name,
      String tokenHash,
      String tokenHint,
      Instant createdAt,
      Instant expiresAt) {
    this.owner = owner;
    this.name = name;
    this.tokenHash = tokenHash;
    this.tokenHint = tokenHint;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  User getOwner() {
    return owner;
  }

  String getName() {
    return name;
  }

  String getTokenHint() {
    return tokenHint;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  @Nullable Instant getLastUsedAt() {
    return lastUsedAt;
  }

  @Nullable Instant getRevokedAt() {
    return revokedAt;
  }

  @Nullable String getRevokedBy() {
    return revokedBy;
  }

  boolean isUsableAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now) && owner.isActive();
  }

  void markUsed(Instant now) {
    this.lastUsedAt = now;
  }

  void revoke(String by, Instant now) {
    if (revokedAt == null) {
      this.revokedAt = now;
      this.revokedBy = by;
    }
  }
}
