package org.claimdesk.matching;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.DeferredIngestMatching;
import org.claimdesk.claims.IngestMatching;
import org.claimdesk.nlp.MatchRanking;
import org.claimdesk.nlp.SentenceEmbeddings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claim matching of a bulk import, after its documents are in: ingest queues each new item in the
 * document's transaction ({@code match_pending}), and {@link #matchPending} looks the queued items
 * up oldest first, one short transaction each, exactly as ingest would have: an item surely the
 * same as an earlier claim becomes an appearance of it (its own claim is dismissed as "Same as
 * claim #N"), otherwise the suggestions are stored and the claim is embedded. Items are taken off
 * the queue in the transaction that matches them, so a pass stopped anywhere (a kill) is completed
 * by the next one. See docs/design-decisions/import.md.
 */
@Component
public class DeferredMatching implements DeferredIngestMatching {
  private static final Logger log = LoggerFactory.getLogger(DeferredMatching.class);

  /** Queued items read per step. */
  static final int PAGE = 200;

  /** What one pass did. */
  public record Pass(int items, int linked, Duration took) {
    /**
     * "Matched 1,234 imported claims (56 linked to an earlier claim) in 12.3 s (100.3 a second)".
     */
    public String describe() {
      double seconds = took.toMillis() / 1000.0;
      return String.format(
          "Matched %,d imported claims (%,d linked to an earlier claim) in %.1f s (%.1f a second)",
          items, linked, seconds, seconds <= 0 ? 0.0 : items / seconds);
    }
  }

  private final PendingMatchRepository pending;
  private final ClaimMatcher matcher;
  private final ClaimService claims;
  private final EntityManager entities;
  private final TransactionTemplate transactions;
  private final SentenceEmbeddings model = SentenceEmbeddings.shared();
  private final ReentrantLock onePass = new ReentrantLock();
  // When an item was last queued (System.nanoTime): an import still storing its documents.
  private volatile long lastQueued = System.nanoTime() - Duration.ofDays(1).toNanos();

  // Threads embedding a page ahead of its lookups: the cores but one, none on a single core.
  private final @Nullable ExecutorService ahead =
      Runtime.getRuntime().availableProcessors() > 1
          ? Executors.newFixedThreadPool(
              Math.min(3, Runtime.getRuntime().availableProcessors() - 1),
              Thread.ofPlatform().name("match-embed-ahead").daemon().factory())
          : null;

  DeferredMatching(
      PendingMatchRepository pending,
      ClaimMatcher matcher,
      ClaimService claims,
      EntityManager entities,
      PlatformTransactionManager transactionManager) {
    this.pending = pending;
    this.matcher = matcher;
    this.claims = claims;
    this.entities = entities;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public void defer(long claimId, long itemId, IngestMatching.NewStatement statement) {
    // persist, not save: the id is given, and save would read the row first to merge it.
    entities.persist(
        new PendingMatch(
            itemId, claimId, statement.documentId(), statement.speaker(), statement.seenOn()));
    lastQueued = System.nanoTime();
  }

  /** Whether an item was queued within {@code period}, i.e. an import may still be going in. */
  boolean queuedWithin(Duration period) {
    return System.nanoTime() - lastQueued < period.toNanos();
  }

  /** How many items wait for the matching pass. */
  public long pendingCount() {
    Long count = transactions.execute(status -> pending.count());
    return count == null ? 0 : count;
  }

  /**
   * Matches every queued item, oldest first, in the caller's thread and with the caller's authority
   * (an editor: linking records the claim as an appearance of the earlier one). One pass at a time;
   * a second caller waits and then matches what is left. A pass stops early when its thread is
   * interrupted (the desk shutting down); what it left stays queued.
   */
  public Pass matchPending() {
    onePass.lock();
    try {
      return pass();
    } finally {
      onePass.unlock();
    }
  }

  /** As {@link #matchPending}, unless a pass is already running: then nothing (no waiting). */
  Optional<Pass> matchPendingUnlessRunning() {
    if (!onePass.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(pass());
    } finally {
      onePass.unlock();
    }
  }

  private Pass pass() {
    long started = System.nanoTime();
    int items = 0;
    int linked = 0;
    long after = -1;
    while (!Thread.currentThread().isInterrupted()) {
      long from = after;
      List<PendingMatch> page =
          transactions.execute(
              status -> pending.findByItemIdGreaterThanOrderByItemIdAsc(from, Limit.of(PAGE)));
      if (page == null || page.isEmpty()) {
        break;
      }
      embedAhead(page);
      for (PendingMatch p : page) {
        if (Thread.currentThread().isInterrupted()) {
          break;
        }
        after = p.itemId();
        try {
          Boolean link = transactions.execute(status -> matchOne(p));
          items++;
          if (Boolean.TRUE.equals(link)) {
            linked++;
          }
        } catch (RuntimeException e) {
          // Stays queued for the next pass; the rest goes on.
          log.warn("Could not match claim item {}: {}", p.itemId(), e.toString());
        }
      }
    }
    Pass pass = new Pass(items, linked, Duration.ofNanos(System.nanoTime() - started));
    if (items > 0) {
      log.info(pass.describe());
    }
    return pass;
  }

  /**
   * Embeds the page's statements on the spare cores before the items are matched one by one: the
   * model keeps its recent vectors, so each lookup then finds its text's embedding ready. The
   * lookups and their order are unchanged (a later item still sees the earlier ones' claims).
   */
  private void embedAhead(List<PendingMatch> page) {
    if (ahead == null) {
      return;
    }
    List<Long> ids = page.stream().map(PendingMatch::claimId).toList();
    List<Object[]> statements = transactions.execute(status -> pending.statementsOf(ids));
    if (statements == null) {
      return;
    }
    List<Future<?>> work = new ArrayList<>();
    for (Object[] row : statements) {
      String text = MatchRanking.matchable((String) row[1]);
      work.add(ahead.submit(() -> model.embed(text)));
    }
    for (Future<?> f : work) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // The lookup embeds the text itself and reports what goes wrong.
      }
    }
  }

  @PreDestroy
  void stop() {
    if (ahead != null) {
      ahead.shutdownNow();
    }
  }

  /** Matches one queued item; true when it became an appearance of an earlier claim. */
  private boolean matchOne(PendingMatch p) {
    if (pending.take(p.itemId()) == 0) {
      return false;
    }
    Optional<ClaimSummary> claim = claims.find(p.claimId());
    // Gone, or dismissed meanwhile (its document withdrawn, merged by an editor): nothing to match.
    if (claim.isEmpty() || claim.get().status() == ClaimStatus.DISMISSED) {
      return false;
    }
    long claimId = p.claimId();
    pending.forgetEmbedding(claimId);
    IngestMatching.NewStatement statement =
        new IngestMatching.NewStatement(
            claim.get().statement(), p.speaker(), p.seenOn(), p.documentId());
    IngestMatching.Found found = matcher.match(statement);
    Optional<Long> target = found.linkTarget().filter(id -> id != claimId);
    if (target.isPresent() && claim.get().status().canMoveTo(ClaimStatus.DISMISSED)) {
      claims.recordAsAppearance(claimId, target.get());
      return true;
    }
    matcher.stored(claimId, p.itemId(), statement, found, false);
    return false;
  }
}
