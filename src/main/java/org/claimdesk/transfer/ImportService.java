package org.claimdesk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.matching.DeferredMatching;
import org.claimdesk.search.ImportIndex;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.claimdesk.verdicts.RatingDefinitions;
import org.claimdesk.verdicts.RatingScale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Bulk import: runs an import job in the background (or in the caller's thread for the command
 * line), shows how far it got, cancels it, and previews a file before it runs. Each document goes
 * in through {@link DocumentService#ingest} in its own transaction; the job's progress is saved
 * once a second, so that it survives the page being left and a killed process shows as interrupted.
 * See docs/design-decisions/import.md.
 */
@Service
public class ImportService {

  private final DocumentService documents;
  private final ImportJobs jobs;
  private final ClaimReviewWriter reviews;
  private final ImportIndex index;
  private final int workers;
  private final Map<Long, ImportRun> running = new ConcurrentHashMap<>();
  private final ExecutorService background =
      Executors.newThreadPerTaskExecutor(
          Thread.ofPlatform().daemon().name("import-job-", 1).factory());

  private final RatingScale ratingScale;
  private final DeferredMatching matching;

  ImportService(
      DocumentService documents,
      ImportJobs jobs,
      ClaimReviewWriter reviews,
      RatingScale ratingScale,
      DeferredMatching matching,
      ImportIndex index,
      @Value("${claimdesk.import.workers:0}") int workers) {
    this.matching = matching;
    this.ratingScale = ratingScale;
    this.documents = documents;
    this.jobs = jobs;
    this.reviews = reviews;
    this.index = index;
    this.workers = workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Starts a job in the background and returns its id at once; once its documents are in, the same
   * background thread matches their claims ({@link #matchImported}).
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public long start(ImportRequest request) {
    ImportRun run = prepare(request);
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    background.submit(
        () -> {
          finish(run, p -> {});
          SecurityContextHolder.getContext().setAuthentication(who);
          try {
            matching.matchPending();
          } finally {
            SecurityContextHolder.clearContext();
          }
        });
    return run.jobId();
  }

  /**
   * Runs a job in this thread to its end, telling {@code listener} how it goes once a second. The
   * documents go in with their claims unmatched: {@link #matchImported} matches them afterwards.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ImportProgress run(ImportRequest request, Consumer<ImportProgress> listener) {
    return finish(prepare(request), listener);
  }

  /**
   * Matches the claims that bulk imports stored without matching (this run's and any a killed run
   * left), in this thread: each is linked to the earlier claim it surely is, or gets its
   * suggestions and its embedding, as a pasted document's claims are at once.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public DeferredMatching.Pass matchImported() {
    return matching.matchPending();
  }

  private ImportRun prepare(ImportRequest request) {
    request.ratings().check(ratingScale.current()); // an unknown rating is refused before reading
    if (request.format() == ImportFormat.DESK) {
      throw new UserFacingException(
          "A desk export is read into an empty desk with the command line: java -jar"
              + " claimdesk.jar import FILE.zip --format desk.");
    }
    if (!Files.exists(request.file())) {
      throw new UserFacingException(request.file() + " does not exist.");
    }
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    RecordSource source = source(request);
    long id =
        jobs.create(
            request.format(),
            request.sourceName(),
            request.file().toAbsolutePath().toString(),
            CurrentUser.require());
    ImportRun run =
        new ImportRun(id, request, source, who, documents, reviews, jobs, index, workers);
    running.put(id, run);
    return run;
  }

  private ImportProgress finish(ImportRun run, Consumer<ImportProgress> listener) {
    try {
      ImportProgress last = run.run(listener);
      jobs.update(last);
      return last;
    } finally {
      running.remove(run.jobId());
    }
  }

  /**
   * How a job stands: live while it runs here, else as last saved (a lost run shows interrupted).
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public Optional<ImportProgress> progress(long jobId) {
    ImportRun run = running.get(jobId);
    if (run != null) {
      return Optional.of(run.snapshot());
    }
    return jobs.find(jobId).map(ImportService::interruptedUnlessRunning);
  }

  /** The signed-in person's latest jobs, newest first. */
  @PreAuthorize(Roles.IS_EDITOR)
  public List<ImportProgress> myRecentJobs(int limit) {
    List<ImportProgress> found = new ArrayList<>();
    for (ImportProgress p : jobs.recent(CurrentUser.require(), limit)) {
      ImportRun run = running.get(p.jobId());
      found.add(run != null ? run.snapshot() : interruptedUnlessRunning(p));
    }
    return found;
  }

  /** The records a job could not take, by line. */
  @PreAuthorize(Roles.IS_EDITOR)
  public List<ImportProblem> problems(long jobId, int limit) {
    return jobs.problems(jobId, limit);
  }

  /** Stops a running job after the documents in hand; what is in stays in. */
  @PreAuthorize(Roles.IS_EDITOR)
  public void cancel(long jobId) {
    ImportRun run = running.get(jobId);
    if (run == null) {
      throw new UserFacingException("This import is not running any more.");
    }
    if (!run.startedBy().equalsIgnoreCase(CurrentUser.require())
        && !CurrentUser.hasRole(Roles.ADMIN)) {
      throw new UserFacingException(
          "Only " + run.startedBy() + " or an admin can cancel this import.");
    }
    run.cancel();
  }

  /** The first records of a file as they would be read, with the CSV header and rating labels. */
  @PreAuthorize(Roles.IS_EDITOR)
  public ImportPreview preview(ImportRequest request, int limit) {
    if (request.format() == ImportFormat.DESK) {
      throw new UserFacingException(
          "A desk export is read into an empty desk with the command line (import --format desk).");
    }
    RecordSource source = source(request);
    List<ImportPreview.Row> rows = new ArrayList<>();
    Map<String, @Nullable String> labels = new LinkedHashMap<>();
    List<String> header = List.of();
    try {
      if (source instanceof CsvSource csv) {
        header = csv.header();
      }
      source.read(
          r -> {
            if (r instanceof SourceRecord.Review review) {
              String label = review.review().ratingLabel();
              if (!labels.containsKey(label)) {
                RatingDefinitions scale = ratingScale.current();
                var rating =
                    request.ratings().map(label, scale).orElse(RatingMapping.suggest(label, scale));
                labels.put(label, rating == null ? null : rating.name());
              }
            }
            if (rows.size() < limit) {
              rows.add(ImportPreview.Row.of(r));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> mapped = new LinkedHashMap<>();
    if (!header.isEmpty()) {
      request
          .columns()
          .resolve(header)
          .forEach((field, index) -> mapped.put(field, ((CsvSource) source).headerCell(index)));
    }
    return new ImportPreview(header, mapped, labels, rows);
  }

  private static ImportProgress interruptedUnlessRunning(ImportProgress saved) {
    if (saved.state() != ImportProgress.State.RUNNING) {
      return saved;
    }
    return new ImportProgress(
        saved.jobId(),
        saved.format(),
        saved.sourceName(),
        ImportProgress.State.INTERRUPTED,
        saved.startedBy(),
        saved.startedAt(),
        saved.finishedAt(),
        saved.total(),
        saved.imported(),
        saved.skipped(),
        saved.failed(),
        "The process running this import stopped; import the same file again to complete it"
            + " (what is in is skipped).");
  }

  static RecordSource source(ImportRequest request) {
    Path file = request.file();
    return switch (request.format()) {
      case JSONL -> new JsonLinesSource(file);
      case CSV -> new CsvSource(file, request.columns());
      case FOLDER -> new FolderSource(file);
      case FEED -> new FeedSource(file);
      case CLAIMREVIEW -> new ClaimReviewSource(file);
      case DESK -> throw new UserFacingException("A desk export is not read record by record.");
    };
  }
}
