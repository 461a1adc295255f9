package org.claimdesk.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and locks the name for a while after too many, so that
 * passwords cannot be guessed at speed. Kept in memory: a restart or another node forgets it, which
 * slows a guesser down all the same.
 */
@Component
class LoginAttempts {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK_TIME = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_NAMES = 10_000;

  private record Failures(int count, Instant lastAt) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginAttempts() {
    this(Clock.systemUTC());
  }

  LoginAttempts(Clock clock) {
    this.clock = clock;
  }

  boolean isLocked(String username) {
    Failures f = failures.get(key(username));
    return f != null
        && f.count() >= MAX_FAILURES
        && f.lastAt().plus(LOCK_TIME).isAfter(clock.instant());
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    recordFailure(event.getAuthentication().getName());
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    failures.remove(key(event.getAuthentication().getName()));
  }

  void recordFailure(String username) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED_NAMES) {
      failures.values().removeIf(f -> f.lastAt().plus(LOCK_TIME).isBefore(now));
    }
    failures.merge(
        key(username),
        new Failures(1, now),
        (old, one) ->
            old.lastAt().plus(LOCK_TIME).isBefore(now) ? one : new Failures(old.count() + 1, now));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
