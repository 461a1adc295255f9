package org.claimdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Times scenarios after a warm-up and tells their median, 95th percentile and maximum. */
final class Timings {

  static final double LIMIT_MS = 300;

  private final int warmUps;
  private final int repetitions;
  private final List<Row> rows = new ArrayList<>();

  record Row(String scenario, String result, double median, double p95, double max, boolean part) {}

  Timings(int warmUps, int repetitions) {
    this.warmUps = warmUps;
    this.repetitions = repetitions;
  }

  /** A scenario that counts towards the verdict "all under 300 ms". */
  <T> T measure(String scenario, Supplier<T> work, java.util.function.Function<T, String> result) {
    return time(scenario, work, result, false);
  }

  /** One of the calls a scenario is made of, shown for diagnosis only. */
  <T> T part(String scenario, Supplier<T> work, java.util.function.Function<T, String> result) {
    return time(scenario, work, result, true);
  }

  private <T> T time(
      String scenario,
      Supplier<T> work,
      java.util.function.Function<T, String> result,
      boolean part) {
    T last = null;
    for (int i = 0; i < warmUps; i++) {
      last = work.get();
    }
    double[] ms = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      last = work.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    double median = ms[repetitions / 2];
    double p95 = ms[Math.min(repetitions - 1, (int) Math.ceil(repetitions * 0.95) - 1)];
    rows.add(new Row(scenario, result.apply(last), median, p95, ms[repetitions - 1], part));
    return last;
  }

  /**
   * Every scenario's 95th percentile under the limit: one run in twenty may be slowed by the
   * machine's other work without hiding a query that is slow every time.
   */
  boolean allUnderLimit() {
    return rows.stream().filter(r -> !r.part()).allMatch(r -> r.p95() < LIMIT_MS);
  }

  String table() {
    int width =
        rows.stream().mapToInt(r -> r.scenario().length() + (r.part() ? 4 : 0)).max().orElse(10);
    int resultWidth = rows.stream().mapToInt(r -> r.result().length()).max().orElse(6);
    String format = "%-" + width + "s  %" + 8 + "s  %8s  %8s  %-" + resultWidth + "s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, format, "scenario", "median", "p95", "max", "result"));
    out.append("-".repeat(width + 30 + resultWidth + 2)).append('\n');
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              (r.part() ? "    " : "") + r.scenario(),
              ms(r.median()),
              ms(r.p95()),
              ms(r.max()),
              r.result()));
    }
    out.append('\n')
        .append("Times in ms on the server (service calls, as the views make them), ")
        .append(repetitions)
        .append(" runs each after ")
        .append(warmUps)
        .append(" warm-up runs; indented rows are the parts of the scenario above them;")
        .append(" a scenario is under 300 ms when its p95 is.\n")
        .append("ALL UNDER 300 ms: ")
        .append(allUnderLimit() ? "yes" : "no")
        .append('\n');
    return out.toString();
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
