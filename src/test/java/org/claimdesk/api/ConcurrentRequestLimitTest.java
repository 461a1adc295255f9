package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A request beyond the limit waits its turn, and is refused with 503 only when it waited too long.
 */
class ConcurrentRequestLimitTest {

  private final ConcurrentRequestLimit limit =
      new ConcurrentRequestLimit(1, Duration.ofMillis(1500));

  /** Its own thread: the common pool may have a single thread on a machine of two cores. */
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  private static MockHttpServletRequest get(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRequestURI(path);
    return request;
  }

  /** Starts a request whose work goes on until {@code done} opens; returns once it has begun. */
  private CompletableFuture<MockHttpServletResponse> busy(CountDownLatch done) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<MockHttpServletResponse> first =
        CompletableFuture.supplyAsync(
            () -> {
              MockHttpServletResponse response = new MockHttpServletResponse();
              try {
                limit.doFilter(
                    get("/api/v1/claims"),
                    response,
                    (req, res) -> {
                      started.countDown();
                      try {
                        done.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              return response;
            },
            worker);
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  @Test
  void a_request_that_waits_too_long_for_a_place_gets_503_with_retry_after() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    CompletableFuture<MockHttpServletResponse> first = busy(done);

    MockHttpServletResponse second = new MockHttpServletResponse();
    boolean[] reachedController = {false};
    limit.doFilter(get("/api/v1/claims/7"), second, (req, res) -> reachedController[0] = true);

    assertThat(reachedController[0]).isFalse();
    assertThat(second.getStatus()).isEqualTo(503);
    assertThat(second.getHeader("Retry-After")).isEqualTo("1");
    assertThat(second.getContentType()).startsWith("application/problem+json");
    assertThat(second.getContentAsString()).contains("API requests at once");

    done.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    MockHttpServletResponse third = new MockHttpServletResponse();
    limit.doFilter(get("/api/v1/claims/7"), third, (req, res) -> reachedController[0] = true);
    assertThat(reachedController[0]).as("the place is free again").isTrue();
    assertThat(third.getStatus()).isEqualTo(200);
  }

  @Test
  void a_request_waits_for_the_place_and_then_goes_ahead() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    CompletableFuture<MockHttpServletResponse> first = busy(done);
    Thread.ofPlatform()
        .start(
            () -> {
              try {
                Thread.sleep(100);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              done.countDown();
            });

    MockHttpServletResponse second = new MockHttpServletResponse();
    boolean[] reachedController = {false};
    limit.doFilter(get("/api/v1/claims/7"), second, (req, res) -> reachedController[0] = true);

    assertThat(reachedController[0]).isTrue();
    assertThat(second.getStatus()).isEqualTo(200);
    first.get(10, TimeUnit.SECONDS);
  }

  @Test
  void streaming_exports_and_the_claimreview_feed_never_wait_for_a_place() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    CompletableFuture<MockHttpServletResponse> first = busy(done);
    for (String path :
        new String[] {"/api/v1/claims/export", "/api/v1/audit/export", "/api/v1/claimreview"}) {
      MockHttpServletResponse response = new MockHttpServletResponse();
      boolean[] reached = {false};
      limit.doFilter(get(path), response, (req, res) -> reached[0] = true);
      assertThat(reached[0]).as(path).isTrue();
    }
    done.countDown();
    first.get(10, TimeUnit.SECONDS);
  }
}
