package org.claimdesk.documents;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.Extraction;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.shared.UserFacingException;

/**
 * Runs claim extraction on a few threads of its own, with a time limit, before any database
 * transaction opens. A text that takes too long is given up with a message; the pool is small and
 * its queue short, so that runaway texts cannot take the whole machine.
 */
class ExtractionRunner {

  private final ClaimExtractor extractor;
  private final ExecutorService pool;
  private final Duration limit;

  ExtractionRunner(ClaimExtractor extractor, ExecutorService pool, Duration limit) {
    this.extractor = extractor;
    this.pool = pool;
    this.limit = limit;
  }

  Extraction extract(String text, ExtractionRequest request) {
    Future<Extraction> running;
    try {
      running = pool.submit(() -> extractor.extract(text, request));
    } catch (RejectedExecutionException busy) {
      throw new UserFacingException(
          "ClaimDesk is busy reading other documents. Try again in a minute.");
    }
    try {
      return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      running.cancel(true);
      throw new UserFacingException(
          "Reading this text for claims took longer than "
              + describe(limit)
              + ", so it was stopped and nothing was saved. Split the text into several"
              + " documents and save each.");
    } catch (InterruptedException interrupted) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      throw new UserFacingException("Saving was interrupted. Try again.");
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Claim extraction failed", failed.getCause());
    }
  }

  private static String describe(Duration limit) {
    return limit.toSeconds() >= 120
        ? limit.toMinutes() + " minutes"
        : limit.toSeconds() >= 1 ? limit.toSeconds() + " seconds" : limit.toMillis() + " ms";
  }
}
