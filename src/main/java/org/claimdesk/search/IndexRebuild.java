package org.claimdesk.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.claims.Claim;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database with Hibernate Search's mass indexer: one rebuild at
 * a time, in the background, its progress readable while it runs. Also rebuilds it at start when
 * the index is empty but the database has claims (a first start after an upgrade, a restored
 * backup, a deleted index folder).
 *
 * <p>No method security: {@link SearchService} checks the admin for the admin page, and the {@code
 * reindex} command runs on a stopped desk.
 */
@Component
public class IndexRebuild {

  private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

  private final EntityManagerFactory entityManagerFactory;
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private @Nullable CompletableFuture<IndexProgress> running;
  private IndexProgress last = IndexProgress.idle();
  private long startedAt;

  IndexRebuild(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  /** Starts a rebuild unless one runs; the future completes with its outcome. */
  public synchronized CompletableFuture<IndexProgress> start() {
    if (running != null) {
      return running;
    }
    indexed.set(0);
    total.set(0);
    startedAt = System.nanoTime();
    CompletableFuture<IndexProgress> done = new CompletableFuture<>();
    running = done;
    Search.mapping(entityManagerFactory)
        .scope(Object.class)
        .massIndexer()
        .threadsToLoadObjects(2)
        .batchSizeToLoadObjects(100)
        // One segment per index at the end: the search page's facets and phrase queries then read
        // one terms dictionary instead of one per segment (million-claims.md, 3 December).
        .mergeSegmentsOnFinish(true)
        .monitor(new Monitor())
        .start()
        .whenComplete(
            (ok, failure) -> {
              IndexProgress outcome;
              synchronized (this) {
                outcome =
                    new IndexProgress(
                        false,
                        indexed.get(),
                        Math.max(total.get(), indexed.get()),
                        Duration.ofNanos(System.nanoTime() - startedAt),
                        failure == null ? null : describe(failure));
                last = outcome;
                running = null;
              }
              if (failure != null) {
                log.warn("Rebuilding the search index failed", failure);
              } else {
                log.info(
                    "Rebuilt the search index: {} entities in {} s",
                    outcome.indexed(),
                    outcome.took() == null ? 0 : outcome.took().toMillis() / 1000.0);
              }
              done.complete(outcome);
            });
    return done;
  }

  /** The running rebuild's progress, or the last one's outcome. */
  public synchronized IndexProgress progress() {
    if (running == null) {
      return last;
    }
    return new IndexProgress(
        true, indexed.get(), total.get(), Duration.ofNanos(System.nanoTime() - startedAt), null);
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenEmpty() {
    try (var entityManager = entityManagerFactory.createEntityManager()) {
      long inDatabase =
          entityManager.createQuery("select count(c) from Claim c", Long.class).getSingleResult();
      long inIndex =
          Search.session(entityManager)
              .search(Claim.class)
              .where(f -> f.matchAll())
              .fetchTotalHitCount();
      if (inDatabase > 0 && inIndex == 0) {
        log.info(
            "The search index is empty but the database has {} claims: rebuilding it.", inDatabase);
        start();
      }
    } catch (RuntimeException e) {
      // The desk works without search; the admin page offers the rebuild.
      log.warn("Could not compare the search index with the database: {}", e.getMessage());
    }
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private final class Monitor implements MassIndexingMonitor {
    @Override
    public void documentsAdded(long increment) {
      indexed.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {}

    @Override
    public void entitiesLoaded(long increment) {}

    @Override
    public void addToTotalCount(long increment) {
      total.addAndGet(increment);
    }

    @Override
    public void indexingCompleted() {}
  }
}
