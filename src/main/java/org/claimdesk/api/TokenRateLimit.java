package org.claimdesk.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests per token and minute (fixed one-minute windows, {@code claimdesk.api.rate-limit},
 * default 600). Kept in memory per node: a script spread over several nodes gets a little more.
 */
@Component
class TokenRateLimit {

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int MAX_TRACKED_TOKENS = 100_000;

  private record Window(Instant start, int count) {}

  private final Map<Long, Window> windows = new ConcurrentHashMap<>();
  private final int limit;
  private final Clock clock = Clock.systemUTC();

  TokenRateLimit(@Value("${claimdesk.api.rate-limit:600}") int limit) {
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  /** Counts a request; empty when it may go ahead, else the seconds until it may be retried. */
  OptionalLong acquire(long tokenId) {
    Instant now = clock.instant();
    if (windows.size() > MAX_TRACKED_TOKENS) {
      windows.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
    }
    Window window =
        windows.compute(
            tokenId,
            (id, w) ->
                w == null || !w.start().plus(WINDOW).isAfter(now)
                    ? new Window(now, 1)
                    : new Window(w.start(), w.count() + 1));
    if (window.count() <= limit) {
      return OptionalLong.empty();
    }
    long seconds = Duration.between(now, window.start().plus(WINDOW)).toMillis() / 1000 + 1;
    return OptionalLong.of(Math.max(1, seconds));
  }
}
