package org.claimdesk.matching;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimdesk.shared.DeskAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes bulk imports' matching passes that did not end: a command-line import stopped during its
 * pass (Ctrl-C once its documents were in), or a desk stopped while an Import page's job was
 * matching, leaves claims queued. The running desk matches them as itself ("system") a minute after
 * it starts and then every ten minutes, on a thread of its own (a pass over a large import takes
 * hours, and the scheduler's thread serves the other sweeps too). It leaves alone an import that is
 * still queueing claims (its own pass follows it) and a pass that is already running.
 */
@Component
class PendingMatchSweep {
  private static final Logger LOG = LoggerFactory.getLogger(PendingMatchSweep.class);

  private final DeferredMatching matching;
  private final Duration quiet;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("match-sweep").daemon().factory());

  PendingMatchSweep(
      DeferredMatching matching, @Value("${claimdesk.matching.sweep-quiet:PT2M}") Duration quiet) {
    this.matching = matching;
    this.quiet = quiet;
  }

  @Scheduled(
      initialDelayString = "${claimdesk.matching.sweep-delay:PT1M}",
      fixedDelayString = "${claimdesk.matching.sweep-interval:PT10M}")
  void scheduled() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    worker.execute(
        () -> {
          try {
            sweep()
                .filter(pass -> pass.items() > 0)
                .ifPresent(pass -> LOG.info("Queued imported claims: {}", pass.describe()));
          } catch (RuntimeException e) {
            LOG.warn("Matching the queued imported claims failed; it runs again later", e);
          } finally {
            running.set(false);
          }
        });
  }

  /**
   * Matches what bulk imports left queued, in this thread; nothing when none wait, when an import
   * queued claims within the quiet period, or when another pass runs.
   */
  Optional<DeferredMatching.Pass> sweep() {
    if (matching.queuedWithin(quiet) || matching.pendingCount() == 0) {
      return Optional.empty();
    }
    return DeskAccount.run(matching::matchPendingUnlessRunning);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
