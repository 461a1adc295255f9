package org.claimdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.publishing.ExportFormat;
import org.claimdesk.publishing.QueueExport;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The queue export (issue 14) over 1,000,000 claims in PostgreSQL, made in SQL (one appearance each
 * in 1,000 documents), then the whole queue as CSV and as JSON Lines, unfiltered. Prints rows,
 * seconds, megabytes and the largest heap growth seen while writing, to {@code
 * target/bench/export.txt}. Run with {@code ./mvnw -Pbench test -Dtest=QueueExportBenchmark};
 * {@code -Dbench.exportClaims=1000000} sets the number of claims.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class QueueExportBenchmark {

  private static final int CLAIMS = Integer.getInteger("bench.exportClaims", 1_000_000);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired DataSource dataSource;
  @Autowired QueueExport export;

  @Test
  void export_a_million_claims_as_csv_and_json_lines() throws Exception {
    long claims = generate(CLAIMS);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Queue export benchmark: %,d claims (one appearance each, 1,000 documents) in"
                + " PostgreSQL, whole queue, no filter.%nMachine load average before: %s%n%n",
            claims,
            loadAverage()));
    for (ExportFormat format : ExportFormat.values()) {
      measure(report, format);
    }
    report.append(String.format(Locale.ROOT, "%nMachine load average after: %s%n", loadAverage()));
    System.out.println("\n" + report);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "export.txt"), report, StandardCharsets.UTF_8);
  }

  /** {@code n} claims with one appearance each in one of 1,000 documents, made in SQL. */
  private long generate(int n) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into document (id, version, title, outlet, url, published_date, content_hash,"
              + " ingested_by, ingested_at) select g, 0, 'Report ' || g, 'Outlet ' || (g % 25),"
              + " 'https://news.example/' || g, date '2025-01-01' + (g % 300), 'bench-' || g,"
              + " 'maria', timestamp with time zone '2025-01-01 08:00:00+00' + g * interval '1 hour'"
              + " from generate_series(1000001, 1001000) g");
      s.execute(
          "insert into claim (id, version, statement, claimant_name, claimant_kind, status,"
              + " checkworthiness, created_at, updated_at, current_rating, outlet) select g, 0,"
              + " 'Unemployment fell by ' || (g % 97) || '% in region ' || g || ', \"a record\"',"
              + " 'Speaker ' || (g % 5000), 'PERSON', 'NEW', 0.5, current_timestamp,"
              + " current_timestamp, null, 'Outlet ' || (g % 25) from generate_series(1000001, "
              + (1000000 + n)
              + ") g");
      s.execute(
          "insert into claim_item (id, version, claim_id, document_id, item_position, item_text,"
              + " start_offset, end_offset, score, checkworthy) select g, 0, g,"
              + " 1000001 + (g % 1000), 0, 'x', 0, 1, 0.5, true from generate_series(1000001, "
              + (1000000 + n)
              + ") g");
      s.execute("analyze");
      try (ResultSet r = s.executeQuery("select count(*) from claim")) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void measure(StringBuilder report, ExportFormat format) {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long baseline = runtime.totalMemory() - runtime.freeMemory();
    AtomicLong bytes = new AtomicLong();
    AtomicLong peak = new AtomicLong();
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.incrementAndGet();
          }

          @Override
          public void write(byte[] b, int off, int len) {
            if (bytes.addAndGet(len) % (64L << 20) < len) {
              peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            }
          }
        };
    long start = System.nanoTime();
    long rows =
        SignedIn.as(
            "maria",
            Role.EDITOR,
            () ->
                export.write(
                    ClaimFilter.all(), format, "https://desk.example/claims/", () -> counting));
    double seconds = (System.nanoTime() - start) / 1e9;
    report.append(
        String.format(
            Locale.ROOT,
            "%-6s %,10d rows %8.1f s %,10.0f rows/s %,8.1f MB written, heap growth <= %,.0f MB%n",
            format,
            rows,
            seconds,
            rows / seconds,
            bytes.get() / 1e6,
            Math.max(0, peak.get() - baseline) / 1e6));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
