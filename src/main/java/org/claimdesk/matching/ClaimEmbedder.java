package org.claimdesk.matching;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimdesk.claims.ClaimStatementChanged;
import org.claimdesk.nlp.MatchRanking;
import org.claimdesk.nlp.SentenceEmbeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives claims made outside ingest their embedding, so that they can be matched: a claim made by
 * hand or by an import of fact-checks, rewritten, split off or kept by a merge is embedded on a
 * background thread once the editor's transaction has committed (the editor never waits for the
 * model). At start, claims that have no embedding or one for an earlier wording (a desk import,
 * claims from before matching) are caught up the same way.
 */
@Component
class ClaimEmbedder {
  private static final Logger log = LoggerFactory.getLogger(ClaimEmbedder.class);

  /** Claims read per step of the catch-up. */
  static final int PAGE = 200;

  private final ClaimEmbeddingRepository embeddings;
  private final TransactionTemplate transactions;
  private final boolean catchUpAtStart;
  private final SentenceEmbeddings model = SentenceEmbeddings.shared();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("claim-embedder").daemon().factory());

  ClaimEmbedder(
      ClaimEmbeddingRepository embeddings,
      PlatformTransactionManager transactionManager,
      @Value("${claimdesk.matching.catch-up-at-start:true}") boolean catchUpAtStart) {
    this.embeddings = embeddings;
    this.transactions = new TransactionTemplate(transactionManager);
    this.catchUpAtStart = catchUpAtStart;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ClaimStatementChanged changed) {
    worker.execute(() -> quietly(() -> embed(changed.claimId())));
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    if (catchUpAtStart) {
      worker.execute(() -> quietly(this::catchUp));
    }
  }

  /** Waits until the embeddings asked for so far are stored (for tests and commands). */
  void awaitIdle() throws InterruptedException {
    try {
      worker.submit(() -> {}).get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("The claim embedder did not finish", e);
    }
  }

  /** Embeds every claim whose embedding is missing or stale; returns how many it embedded. */
  int catchUp() {
    long started = System.nanoTime();
    int done = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Object[]> page =
          transactions.execute(status -> embeddings.withoutEmbedding(from, Limit.of(PAGE)));
      if (page == null || page.isEmpty()) {
        break;
      }
      for (Object[] row : page) {
        long claimId = ((Number) row[0]).longValue();
        store(claimId, (String) row[1]);
        after = claimId;
        done++;
      }
    }
    if (done > 0) {
      log.info(
          "Embedded {} claims that had no embedding ({} ms)",
          done,
          (System.nanoTime() - started) / 1_000_000);
    }
    return done;
  }

  /** Embeds one claim's current statement, unless its embedding is already for it. */
  void embed(long claimId) {
    List<String> statement = transactions.execute(status -> embeddings.statementOf(claimId));
    if (statement == null || statement.isEmpty()) {
      return;
    }
    boolean current =
        Boolean.TRUE.equals(
            transactions.execute(
                status ->
                    embeddings
                        .findById(claimId)
                        .map(e -> e.statement().equals(statement.getFirst()))
                        .orElse(false)));
    if (!current) {
      store(claimId, statement.getFirst());
    }
  }

  private void store(long claimId, String statement) {
    float[] vector = model.embed(MatchRanking.matchable(statement));
    transactions.executeWithoutResult(
        status ->
            embeddings
                .findById(claimId)
                .ifPresentOrElse(
                    e -> e.replace(statement, vector),
                    () -> embeddings.save(new ClaimEmbedding(claimId, statement, vector))));
  }

  private static void quietly(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // Matching finds the claim once its embedding exists; the next start catches it up.
      log.warn("Could not embed a claim: {}", e.toString());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
