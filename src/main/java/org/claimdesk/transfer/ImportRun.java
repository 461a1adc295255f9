package org.claimdesk.transfer;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DuplicateDocumentException;
import org.claimdesk.search.ImportIndex;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One run of an import: a reader thread hands records through a short queue to a few workers, each
 * of which ingests one document at a time (extraction outside any transaction, then one short
 * transaction per document), so that extraction of the next documents overlaps the writing of the
 * last and both cores work. The workers store one at a time: documents of one batch often repeat a
 * claim, and two transactions linking to the same claim at once wait for each other's row lock
 * (seconds on H2) or deadlock. A document already in is skipped; a broken record is noted with its
 * line and skipped.
 */
final class ImportRun {

  private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
  private static final SourceRecord END = new SourceRecord.Broken(-1, "end");

  private final long jobId;
  private final ImportRequest request;
  private final RecordSource source;
  private final Authentication who;
  private final DocumentService documents;
  private final @Nullable ReviewWriter reviews;
  private final ImportJobs jobs;
  private final ImportIndex index;
  private final int workers;

  /** The documents skipped as already in: an earlier, killed run may not have indexed them. */
  private final Set<Long> alreadyIn = ConcurrentHashMap.newKeySet();

  /** Held while a worker stores its document: texts are read side by side, stored one by one. */
  private final Lock storing = new ReentrantLock();

  private final Instant startedAt = Instant.now();
  private final AtomicInteger imported = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile @Nullable Integer total;
  private volatile boolean cancelled;
  private volatile ImportProgress.@Nullable State finalState;
  private volatile @Nullable String message;
  private volatile @Nullable Instant finishedAt;

  /** Writes ClaimReview records; separate so that documents-only runs need no verdicts. */
  interface ReviewWriter {
    /** Stores the review; false when its url is already in. */
    boolean write(ImportedReview review, RatingMapping ratings);
  }

  ImportRun(
      long jobId,
      ImportRequest request,
      RecordSource source,
      Authentication who,
      DocumentService documents,
      @Nullable ReviewWriter reviews,
      ImportJobs jobs,
      ImportIndex index,
      int workers) {
    this.jobId = jobId;
    this.request = request;
    this.source = source;
    this.who = who;
    this.documents = documents;
    this.reviews = reviews;
    this.jobs = jobs;
    this.index = index;
    this.workers = Math.max(1, workers);
  }

  long jobId() {
    return jobId;
  }

  String startedBy() {
    return who.getName();
  }

  void cancel() {
    cancelled = true;
  }

  ImportProgress snapshot() {
    ImportProgress.State state = finalState;
    return new ImportProgress(
        jobId,
        request.format(),
        request.sourceName(),
        state == null ? ImportProgress.State.RUNNING : state,
        who.getName(),
        startedAt,
        finishedAt,
        total,
        imported.get(),
        skipped.get(),
        failed.get(),
        message);
  }

  /** Runs to the end (or the cancel), telling {@code listener} how it goes about once a second. */
  ImportProgress run(Consumer<ImportProgress> listener) {
    Thread reporter =
        Thread.ofPlatform()
            .daemon()
            .name("import-" + jobId + "-progress")
            .start(
                () -> {
                  while (finalState == null) {
                    try {
                      Thread.sleep(1000);
                    } catch (InterruptedException e) {
                      return;
                    }
                    if (finalState == null) {
                      report(listener);
                    }
                  }
                });
    try {
      int[] count = {0};
      source.read(r -> count[0]++);
      total = count[0];
      report(listener);
      BlockingQueue<SourceRecord> queue = new ArrayBlockingQueue<>(workers * 2);
      CountDownLatch done = new CountDownLatch(workers);
      for (int i = 0; i < workers; i++) {
        Thread.ofPlatform()
            .daemon()
            .name("import-" + jobId + "-" + i)
            .start(
                () -> {
                  SecurityContextHolder.getContext().setAuthentication(who);
                  try {
                    for (SourceRecord r = take(queue); r != END; r = take(queue)) {
                      if (!cancelled) {
                        handle(r);
                      }
                    }
                  } finally {
                    SecurityContextHolder.clearContext();
                    done.countDown();
                  }
                });
      }
      try {
        source.read(
            r -> {
              if (!cancelled) {
                put(queue, r);
              }
            });
      } finally {
        for (int i = 0; i < workers; i++) {
          put(queue, END);
        }
        done.await();
      }
      index.completeAndCommit(alreadyIn);
      finish(cancelled ? ImportProgress.State.CANCELLED : ImportProgress.State.DONE, null);
    } catch (UserFacingException e) {
      finish(ImportProgress.State.FAILED, e.getMessage());
    } catch (java.io.IOException e) {
      finish(
          ImportProgress.State.FAILED,
          "Could not read " + request.sourceName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finish(ImportProgress.State.CANCELLED, "Stopped.");
    } catch (RuntimeException e) {
      log.error("Import {} failed", jobId, e);
      finish(ImportProgress.State.FAILED, "The import stopped on an error; see the log.");
    } finally {
      reporter.interrupt();
    }
    ImportProgress last = snapshot();
    listener.accept(last);
    return last;
  }

  /**
   * Stores one document; when the other worker changed a claim this document is linked to at the
   * same moment (a version conflict), the whole document is stored again, a few times at most. Its
   * transaction rolled back, so nothing of the first try is left.
   */
  private void ingestRetryingRaces(SourceRecord.Doc doc) {
    for (int attempt = 1; ; attempt++) {
      try {
        documents.ingest(doc.draft(), storing, true);
        return;
      } catch (org.springframework.dao.OptimisticLockingFailureException
          | org.springframework.dao.PessimisticLockingFailureException raced) {
        if (attempt == 3) {
          throw raced;
        }
      }
    }
  }

  private void handle(SourceRecord record) {
    switch (record) {
      case SourceRecord.Broken broken -> fail(broken.line(), broken.reason());
      case SourceRecord.Doc doc -> {
        try {
          ingestRetryingRaces(doc);
          imported.incrementAndGet();
        } catch (DuplicateDocumentException already) {
          alreadyIn.add(already.existingId());
          skipped.incrementAndGet();
        } catch (UserFacingException refused) {
          fail(doc.line(), refused.getMessage());
        } catch (RuntimeException e) {
          log.warn("Import {}: line {} could not be stored", jobId, doc.line(), e);
          fail(doc.line(), "could not be stored: " + e.getClass().getSimpleName());
        }
      }
      case SourceRecord.Review review -> {
        if (reviews == null) {
          fail(review.line(), "ClaimReview records are not read in this import");
          return;
        }
        try {
          if (reviews.write(review.review(), request.ratings())) {
            imported.incrementAndGet();
          } else {
            skipped.incrementAndGet();
          }
        } catch (UserFacingException refused) {
          fail(review.line(), refused.getMessage());
        } catch (RuntimeException e) {
          log.warn("Import {}: record {} could not be stored", jobId, review.line(), e);
          fail(review.line(), "could not be stored: " + e.getClass().getSimpleName());
        }
      }
    }
  }

  private void fail(int line, @Nullable String reason) {
    failed.incrementAndGet();
    try {
      jobs.problem(jobId, line, reason == null ? "refused" : reason);
    } catch (RuntimeException e) {
      log.warn("Import {}: could not note the problem on line {}", jobId, line, e);
    }
  }

  private void finish(ImportProgress.State state, @Nullable String why) {
    message = why;
    finishedAt = Instant.now();
    finalState = state;
  }

  private void report(Consumer<ImportProgress> listener) {
    ImportProgress now = snapshot();
    try {
      jobs.update(now);
    } catch (RuntimeException e) {
      log.warn("Import {}: could not save its progress", jobId, e);
    }
    listener.accept(now);
  }

  private static SourceRecord take(BlockingQueue<SourceRecord> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return END;
    }
  }

  private static void put(BlockingQueue<SourceRecord> queue, SourceRecord record) {
    try {
      queue.put(record);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
