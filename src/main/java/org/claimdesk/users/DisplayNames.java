package org.claimdesk.users;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The display names of the active accounts by username, for the sentences of a claim's history,
 * read once rather than on every history. Any change of an account through the desk (created,
 * renamed, deactivated) forgets them at once and again when it commits; a change made behind the
 * desk's back is seen within {@code claimdesk.display-names.cache} (default 10 s, 0 switches the
 * cache off).
 */
@Component
public class DisplayNames {

  /** Bumped by every change of an account; names read before a bump are not kept after it. */
  private static final AtomicLong GENERATION = new AtomicLong();

  private record Snapshot(Map<String, String> names, long generation, long until) {}

  private final UserRepository users;
  private final long ttlNanos;
  private volatile Snapshot snapshot;

  DisplayNames(UserRepository users, @Value("${claimdesk.display-names.cache:10s}") Duration ttl) {
    this.users = users;
    this.ttlNanos = Math.max(0, ttl.toNanos());
    this.snapshot = new Snapshot(Map.of(), -1, System.nanoTime());
  }

  /**
   * The display names of the active accounts by username; call it inside a transaction so that a
   * miss reads them in the caller's snapshot.
   */
  public Map<String, String> ofActiveUsers() {
    Snapshot s = snapshot;
    long generation = GENERATION.get();
    if (s.generation() == generation && System.nanoTime() - s.until() < 0) {
      return s.names();
    }
    Map<String, String> names = new HashMap<>();
    for (User user : users.findAllByOrderByUsernameAsc()) {
      if (user.isActive()) {
        names.put(user.getUsername(), user.getDisplayName());
      }
    }
    Map<String, String> read = Map.copyOf(names);
    if (ttlNanos > 0 && GENERATION.get() == generation) {
      snapshot = new Snapshot(read, generation, System.nanoTime() + ttlNanos);
    }
    return read;
  }

  /** Forgets the names now and once the current transaction ends. */
  static void forgetAfterCommit() {
    GENERATION.incrementAndGet();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              GENERATION.incrementAndGet();
            }
          });
    }
  }

  /** Hears every change of an account written through Hibernate. */
  public static class Listener {
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(User user) {
      forgetAfterCommit();
    }
  }
}
