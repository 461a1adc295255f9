package org.claimdesk.search;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where a rebuild of the search index stands: entities indexed of those to index, whether it still
 * runs, how long it took and, when it failed, why.
 */
public record IndexProgress(
    boolean running, long indexed, long total, @Nullable Duration took, @Nullable String failure) {

  static IndexProgress idle() {
    return new IndexProgress(false, 0, 0, null, null);
  }

  /** Percent done, 0 to 100; 0 while the total is not known yet. */
  public int percent() {
    return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, indexed * 100 / total);
  }
}
