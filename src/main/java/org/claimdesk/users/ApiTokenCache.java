package org.claimdesk.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tokens that worked a moment ago, by the hash of their secret, so that a script's burst of
 * requests does not read the token, its owner and the owner's roles on every request. An entry is
 * trusted for {@code claimdesk.api.token-cache} (default 5 s, 0 switches the cache off) and never
 * past the token's expiry. Revoking a token, deactivating an account or changing its roles on this
 * node forgets every entry as soon as the change commits, so those take effect at once here; on
 * another node they take effect within the cache's few seconds.
 *
 * <p>Forgetting bumps a generation: an entry read from the database before the bump is never used
 * after it, even when a request that started before the change stores it late.
 */
@Component
class ApiTokenCache {

  private static final int MAX_ENTRIES = 10_000;

  private record Entry(
      ApiTokenPrincipal principal, Instant expiresAt, long until, long generation) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final long ttlNanos;

  ApiTokenCache(@Value("${claimdesk.api.token-cache:5s}") Duration ttl) {
    this.ttlNanos = Math.max(0, ttl.toNanos());
  }

  /** The generation to pass to {@link #put} for a token read from the database from now on. */
  long generation() {
    return generation.get();
  }

  /** Who the token of this hash acts for, when it worked a moment ago and has not expired. */
  Optional<ApiTokenPrincipal> get(String tokenHash, Instant now) {
    Entry entry = entries.get(tokenHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.generation() != generation.get()
        || System.nanoTime() - entry.until() >= 0
        || !entry.expiresAt().isAfter(now)) {
      entries.remove(tokenHash, entry);
      return Optional.empty();
    }
    return Optional.of(entry.principal());
  }

  /** Remembers a token that worked, as read when the generation was {@code readAt}. */
  void put(String tokenHash, ApiTokenPrincipal principal, Instant expiresAt, long readAt) {
    if (ttlNanos == 0 || readAt != generation.get()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(tokenHash, new Entry(principal, expiresAt, System.nanoTime() + ttlNanos, readAt));
  }

  /**
   * Forgets every token now and again once the current transaction commits (a revocation, a
   * deactivation or a change of roles), so that no request after the commit is let in on what was
   * true before it.
   */
  void forgetAfterCommit() {
    forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forget();
            }
          });
    }
  }

  private void forget() {
    generation.incrementAndGet();
    entries.clear();
  }
}
