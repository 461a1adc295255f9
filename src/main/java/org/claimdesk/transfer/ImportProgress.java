package org.claimdesk.transfer;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where an import job stands: records imported, skipped (already in), failed (unreadable or
 * refused), the rate and the time left.
 */
public record ImportProgress(
    long jobId,
    ImportFormat format,
    String sourceName,
    State state,
    String startedBy,
    Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable Integer total,
    int imported,
    int skipped,
    int failed,
    @Nullable String message) {

  /** A job's state; INTERRUPTED is a job whose process stopped (a re-run completes it). */
  public enum State {
    RUNNING,
    DONE,
    CANCELLED,
    FAILED,
    INTERRUPTED
  }

  public int processed() {
    return imported + skipped + failed;
  }

  /** Records a second since the start (imported, skipped and failed alike). */
  public double rate() {
    Instant end = finishedAt != null ? finishedAt : Instant.now();
    double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
    return processed() / seconds;
  }

  /** Documents stored a second since the start. */
  public double importedRate() {
    Instant end = finishedAt != null ? finishedAt : Instant.now();
    double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
    return imported / seconds;
  }

  public @Nullable Duration timeLeft() {
    if (total == null || state != State.RUNNING || processed() == 0) {
      return null;
    }
    double rate = rate();
    return Duration.ofSeconds((long) Math.ceil(Math.max(0, total - processed()) / rate));
  }

  /** 0..1, or -1 while the total is not known. */
  public double fraction() {
    return total == null || total == 0
        ? (state == State.RUNNING ? -1 : 1)
        : Math.min(1.0, processed() / (double) total);
  }

  /** One line such as {@code 1,200 of 10,000: 1,150 imported, 40 already in, 10 failed; ...}. */
  public String describe() {
    StringBuilder line = new StringBuilder();
    line.append(String.format("%,d", processed()));
    if (total != null) {
      line.append(String.format(" of %,d", total));
    }
    line.append(
        String.format(
            ": %,d imported, %,d already in, %,d failed; %.1f records/s",
            imported, skipped, failed, rate()));
    Duration left = timeLeft();
    if (left != null) {
      line.append(", ").append(describe(left)).append(" left");
    }
    if (state != State.RUNNING) {
      line.append(" (").append(state.name().toLowerCase(java.util.Locale.ROOT)).append(')');
    }
    return line.toString();
  }

  static String describe(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format("%dh %02dmin", s / 3600, (s % 3600) / 60)
        : s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
  }
}
