package org.claimdesk.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The CPU time of the lookups' parts on the threads that ran them, summed while switched on: the
 * benchmark's profile of one lookup (docs/design-decisions/million-claims.md). Off, it costs one
 * volatile read per part.
 */
final class LookupCpu {

  /** The parts of a lookup, in the order they run. */
  enum Part {
    EMBEDDING("embedding the text"),
    BM25("BM25 candidates from the index"),
    VECTORS("candidates' vectors read"),
    RANKING("re-ranking with the embeddings"),
    VERDICTS("published verdicts read"),
    EXPLANATION("explanation (shared terms)");

    final String label;

    Part(String label) {
      this.label = label;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AtomicLongArray nanos = new AtomicLongArray(Part.values().length);
  private volatile boolean on;

  /** Starts summing from zero. */
  void start() {
    for (int i = 0; i < nanos.length(); i++) {
      nanos.set(i, 0);
    }
    on = true;
  }

  void stop() {
    on = false;
  }

  /** The thread's CPU time now, when summing; a mark for {@link #add}. */
  long mark() {
    return on ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** Adds the CPU time since {@code mark} to the part; returns a new mark. */
  long add(Part part, long mark) {
    if (!on) {
      return 0;
    }
    long now = THREADS.getCurrentThreadCpuTime();
    nanos.addAndGet(part.ordinal(), now - mark);
    return now;
  }

  /** Nanoseconds of CPU per part since {@link #start}, by label. */
  Map<String, Long> byPart() {
    Map<String, Long> result = new LinkedHashMap<>();
    for (Part p : Part.values()) {
      result.put(p.label, nanos.get(p.ordinal()));
    }
    return result;
  }
}
