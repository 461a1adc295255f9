package org.claimdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.claimdesk.assignments.AssignmentOutcome;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The speed targets of issue 10 on PostgreSQL: the Workload page's figures with 200,000 claims
 * (under 300 ms) and the automatic assignment of 10,000 accepted claims over 50 reviewers (under 5
 * s). Run it with {@code ./mvnw -Pbench test -Dtest=AssignmentBenchmark}; it prints a table and
 * writes it to {@code target/bench/assignments.txt}. A measurement, not a test: it never fails on a
 * slow figure. The assignment changes the data, so it is timed once, after one smaller warm-up run.
 */
@Tag("bench")
@IntegrationTest
class AssignmentBenchmark {

  static final int REVIEWERS = 50;
  static final int CLAIMS_TO_ASSIGN = 10_000;
  private static final String EDITOR = "maria";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired DataSource dataSource;
  @Autowired AssignmentService assignments;

  @Test
  void measure_the_workload_and_automatic_assignment() throws IOException, SQLException {
    int warmUps = Integer.getInteger("bench.warmups", 5);
    int runs = Integer.getInteger("bench.runs", 20);
    String liar = System.getProperty("bench.liar", "/work/shared/data/claims");

    long loadStart = System.nanoTime();
    new BenchmarkData(dataSource, Path.of(liar)).load();
    insertReviewers();
    BenchmarkData.analyze(dataSource);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long claims = jdbc.queryForObject("select count(*) from claim", Long.class);
    List<Long> accepted =
        jdbc.queryForList(
            "select id from claim where status = 'ACCEPTED' and assignee is null order by id",
            Long.class);

    Timings timings = new Timings(warmUps, runs);
    String loadBefore = loadAverage();
    SignedIn.as(
        EDITOR,
        Role.EDITOR,
        () ->
            timings.measure(
                "Workload page: every person's figures",
                () -> assignments.workload(),
                w -> w.size() + " people"));

    // A warm-up on other claims, so that the timed run does not pay for the first queries' plans.
    List<Long> warmUp = accepted.subList(CLAIMS_TO_ASSIGN, CLAIMS_TO_ASSIGN + 500);
    SignedIn.as(EDITOR, Role.EDITOR, () -> assignments.assignAutomatically(warmUp));
    List<Long> batch = accepted.subList(0, CLAIMS_TO_ASSIGN);
    long start = System.nanoTime();
    List<AssignmentOutcome> outcomes =
        SignedIn.as(EDITOR, Role.EDITOR, () -> assignments.assignAutomatically(batch));
    double seconds = (System.nanoTime() - start) / 1e9;
    long assigned = outcomes.stream().filter(AssignmentOutcome::assigned).count();

    String report =
        String.format(
                Locale.ROOT,
                "Assignment benchmark on PostgreSQL: %,d claims (%,d accepted and unassigned),"
                    + " %d reviewers added; data loaded in %.1f s.%n"
                    + "Machine load average (1, 5, 15 min) before measuring: %s, after: %s%n%n",
                claims,
                accepted.size(),
                REVIEWERS,
                loadSeconds,
                loadBefore,
                loadAverage())
            + timings.table()
            + String.format(
                Locale.ROOT,
                "%nAutomatic assignment of %,d accepted claims over %d+ reviewers: %.2f s, %,d"
                    + " assigned (target under 5 s)%n",
                batch.size(),
                REVIEWERS,
                seconds,
                assigned);
    System.out.println("\n" + report);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(
        Path.of("target", "bench", "assignments.txt"), report, StandardCharsets.UTF_8);
  }

  /** 50 reviewers speaking the data's language, with room for every claim of the batch. */
  private void insertReviewers() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement sql = c.createStatement()) {
      long id;
      try (var rs = sql.executeQuery("select coalesce(max(id), 0) from app_user")) {
        rs.next();
        id = rs.getLong(1);
      }
      for (int i = 0; i < REVIEWERS; i++) {
        id++;
        String name = String.format(Locale.ROOT, "bench%02d", i);
        sql.addBatch(
            "insert into app_user (id, version, username, display_name, password_hash, active,"
                + " languages, beats, capacity, created_at) values ("
                + id
                + ", 0, '"
                + name
                + "', 'Bench "
                + i
                + "', '{noop}not-used', true, 'en', '"
                + (i % 5 == 0 ? "health" : "economy")
                + "', 400, now())");
        sql.addBatch("insert into app_user_role (user_id, role) values (" + id + ", 'REVIEWER')");
      }
      sql.executeBatch();
      sql.execute("select setval('app_user_seq', (select max(id) from app_user))");
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
