package org.claimdesk.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The account as a session holds it after sign-in, with the account's version and a fingerprint of
 * its password hash at that moment: when an admin changes the account, {@link AccountChangeFilter}
 * sees the new version on the next request and ends or updates the session.
 */
final class SignedInAccount extends User {

  private final long accountId;
  private final long accountVersion;
  private final String passwordFingerprint;

  SignedInAccount(
      long accountId,
      long accountVersion,
      String username,
      String passwordHash,
      boolean enabled,
      Collection<? extends GrantedAuthority> authorities) {
    super(username, passwordHash, enabled, true, true, true, authorities);
    this.accountId = accountId;
    this.accountVersion = accountVersion;
    this.passwordFingerprint = fingerprint(passwordHash);
  }

  long accountId() {
    return accountId;
  }

  long accountVersion() {
    return accountVersion;
  }

  String passwordFingerprint() {
    return passwordFingerprint;
  }

  /** A digest of the hash, so that the session never keeps the hash itself after sign-in. */
  static String fingerprint(String passwordHash) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(passwordHash.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  // Equality stays the username's (as in Spring's User), so the session registry finds the
  // sessions of one person whatever version each was signed in with.
  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
