package org.claimdesk.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code claimdesk.api.concurrent-requests} API requests be worked on at once; the
 * others wait their turn, first come first served, for up to {@code claimdesk.api.queue-wait} and
 * are then answered 503 with {@code Retry-After}. On a server of few cores, twenty requests worked
 * on at once each take twenty times as long and, switching between them, cost a third more CPU in
 * all than the same requests taken a few at a time (docs/design-decisions/api-speed.md). Exports
 * and feeds that stream for minutes ({@code .../export}, {@code /api/v1/claimreview}) do not take a
 * place, so that a long download never holds up the short requests behind it.
 */
class ConcurrentRequestLimit extends OncePerRequestFilter {

  private final Semaphore places;
  private final int limit;
  private final Duration queueWait;

  ConcurrentRequestLimit(int limit, Duration queueWait) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "claimdesk.api.concurrent-requests must be at least 1, not " + limit);
    }
    this.limit = limit;
    this.places = new Semaphore(limit, true);
    this.queueWait = queueWait;
  }

  /** The default: two requests per processor, at least two. */
  static int defaultLimit() {
    return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
  }

  int limit() {
    return limit;
  }

  static boolean streams(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.endsWith("/export") || path.equals("/api/v1/claimreview");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (streams(request)) {
      chain.doFilter(request, response);
      return;
    }
    boolean admitted;
    try {
      admitted = places.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader("Retry-After", "1");
      Problems.write(
          response,
          HttpStatus.SERVICE_UNAVAILABLE,
          "The desk is answering "
              + limit
              + " API requests at once and this one waited "
              + queueWait.toSeconds()
              + " seconds for its turn. Try again in a moment (see Retry-After), or send fewer"
              + " requests at once.");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      places.release();
    }
  }
}
