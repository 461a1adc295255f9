package org.claimdesk.matching;

import org.springframework.context.ApplicationContext;

/**
 * For tests that count database statements: the claim embedder stores each new claim's embedding on
 * a thread of its own, and the session factory's statistics count its statements too.
 */
public final class BackgroundEmbedding {
  private BackgroundEmbedding() {}

  /** Waits until every embedding asked for so far is stored. */
  public static void awaitIdle(ApplicationContext context) {
    try {
      context.getBean(ClaimEmbedder.class).awaitIdle();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the claim embedder", e);
    }
  }
}
