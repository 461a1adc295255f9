package org.claimdesk.bench;

import static org.springframework.data.domain.Sort.Order.desc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The speed benchmark of issue 4: with 200,000 claims in PostgreSQL, the queue's first page, each
 * filter change and a claim page with 50 appearances and 50 pieces of evidence, timed through the
 * services as the views call them. Run it with {@code ./mvnw -Pbench verify}; it prints a table and
 * writes it to {@code target/bench/workbench.txt}. A measurement, not a test: it never fails on a
 * slow figure, and the normal build does not run it.
 */
@Tag("bench")
@IntegrationTest
class WorkbenchBenchmark {

  private static final Pageable FIRST_PAGE =
      PageRequest.of(0, 50, Sort.by(desc("checkworthiness"), desc("id")));
  private static final String EDITOR = "maria";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
    // For experiments with session settings, e.g. -Dbench.initSql="set plan_cache_mode = ..."
    String initSql = System.getProperty("bench.initSql");
    if (initSql != null && !initSql.isBlank()) {
      registry.add("spring.datasource.hikari.connection-init-sql", () -> initSql);
    }
  }

  @Autowired DataSource dataSource;
  @Autowired ClaimService claims;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;
  @Autowired FollowUpService followUps;
  @Autowired AssignmentService assignments;
  @Autowired AuditService audit;
  @Autowired DocumentService documents;
  @Autowired UserService users;

  @Test
  void measure_the_queue_and_the_claim_page_with_200_000_claims() throws IOException {
    int warmUps = Integer.getInteger("bench.warmups", 5);
    int runs = Integer.getInteger("bench.runs", 20);
    String liar = System.getProperty("bench.liar", "/work/shared/data/claims");

    long loadStart = System.nanoTime();
    BenchmarkData.Report data = new BenchmarkData(dataSource, Path.of(liar)).load();
    long showcase = data.showcaseClaimId;
    workOnShowcase(showcase);
    BenchmarkData.analyze(dataSource);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    Timings timings = new Timings(warmUps, runs);
    String loadBefore = loadAverage();
    SignedIn.as(EDITOR, Role.EDITOR, () -> measureQueue(timings, data, claims, users));
    SignedIn.as(EDITOR, Role.EDITOR, () -> measureClaimPage(timings, showcase));
    String machineLoad =
        "Machine load average (1, 5, 15 min) before measuring: "
            + loadBefore
            + ", after: "
            + loadAverage()
            + "\n";

    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(
        Path.of("target", "bench", "explain.txt"),
        QueryPlans.explain(dataSource, showcase),
        StandardCharsets.UTF_8);
    String header = header(data, loadSeconds);
    String report = header + machineLoad + "\n" + timings.table();
    System.out.println("\n" + report);
    Files.writeString(Path.of("target", "bench", "workbench.txt"), report, StandardCharsets.UTF_8);
  }

  /** The queue's first page and each of its filters, as the queue view asks for them. */
  static void measureQueue(
      Timings timings, BenchmarkData.Report data, ClaimService claims, UserService users) {
    String popular = lastWord(data.popularSpeaker).toLowerCase(Locale.ROOT);
    long document = data.showcaseDocuments.get(data.showcaseDocuments.size() / 2);
    ClaimFilter all = ClaimFilter.all();
    record OpenQueue(List<?> users, List<String> outlets, Slice<ClaimSummary> page, long total) {}
    timings.measure(
        "queue: open, first page, no filter",
        () ->
            new OpenQueue(
                users.listActiveUsers(),
                claims.outlets(),
                claims.queue(all, FIRST_PAGE),
                total(claims.countsByStatus(all))),
        v ->
            String.format(
                Locale.ROOT,
                "%d rows shown, %,d match, %d outlets",
                v.page().getNumberOfElements(),
                v.total(),
                v.outlets().size()));
    timings.part("page of 50", () -> claims.queue(all, FIRST_PAGE), s -> "");
    timings.part("counts by status", () -> claims.countsByStatus(all), c -> "");
    timings.part("outlets", () -> claims.outlets(), c -> "");
    timings.part("active users", () -> users.listActiveUsers(), c -> "");
    queue(
        claims,
        timings,
        "filter: status In review",
        all.withStatuses(Set.of(ClaimStatus.IN_REVIEW)));
    queue(
        claims,
        timings,
        "filter: status New + Accepted",
        all.withStatuses(Set.of(ClaimStatus.NEW, ClaimStatus.ACCEPTED)));
    queue(
        claims,
        timings,
        "filter: speaker '" + popular + "'",
        filter(popular, null, null, null, null));
    queue(
        claims, timings, "filter: speaker 'novak' (rare)", filter("novak", null, null, null, null));
    queue(claims, timings, "filter: assignee alice", filter(null, "alice", null, null, null));
    queue(claims, timings, "filter: rating FALSE", filter(null, null, "FALSE", null, null));
    queue(
        claims,
        timings,
        "filter: outlet Valley News",
        filter(null, null, null, "Valley News", null));
    queue(
        claims,
        timings,
        "filter: document #" + document,
        new ClaimFilter(Set.of(), null, null, null, null, document, null, null, null));
    queue(
        claims,
        timings,
        "filter: dates June 2024",
        new ClaimFilter(
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 6, 30),
            null));
    queue(
        claims,
        timings,
        "filter: text 'unemployment'",
        filter(null, null, null, null, "unemployment"));
    queue(
        claims,
        timings,
        "filter: text 'repeated promises' (rare)",
        filter(null, null, null, null, "repeated promises"));
    queue(
        claims,
        timings,
        "filter: status+assignee+dates+text",
        new ClaimFilter(
            Set.of(ClaimStatus.IN_REVIEW, ClaimStatus.VERDICT_PROPOSED, ClaimStatus.PUBLISHED),
            null,
            "alice",
            null,
            null,
            null,
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 6, 30),
            "percent"));
  }

  private static ClaimFilter filter(
      String speaker, String assignee, String rating, String outlet, String text) {
    return new ClaimFilter(Set.of(), speaker, assignee, rating, outlet, null, null, null, text);
  }

  /**
   * What the queue view does when a filter changes: the first page of the grid, and the counts per
   * status under every filter but the status one.
   */
  private static void queue(
      ClaimService claims, Timings timings, String scenario, ClaimFilter filter) {
    record QueueView(Slice<ClaimSummary> page, Map<ClaimStatus, Long> counts) {}
    ClaimFilter countFilter = filter.withStatuses(Set.of());
    timings.measure(
        scenario,
        () -> new QueueView(claims.queue(filter, FIRST_PAGE), claims.countsByStatus(countFilter)),
        v ->
            String.format(
                Locale.ROOT,
                "%d rows shown, counts over %,d claims",
                v.page().getNumberOfElements(),
                total(v.counts())));
    timings.part("page of 50", () -> claims.queue(filter, FIRST_PAGE), s -> "");
    timings.part("counts by status", () -> claims.countsByStatus(countFilter), c -> "");
  }

  private static long total(Map<ClaimStatus, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private void measureClaimPage(Timings timings, long claimId) {
    record ClaimPage(
        ClaimSummary claim,
        List<ClaimItemView> appearances,
        List<?> evidence,
        List<?> verdicts,
        List<?> followUps,
        Optional<?> assignment,
        List<?> history,
        List<?> documents) {}
    Supplier<ClaimPage> open =
        () -> {
          ClaimSummary claim = claims.find(claimId).orElseThrow();
          List<ClaimItemView> appearances = claims.appearances(claimId);
          return new ClaimPage(
              claim,
              appearances,
              evidence.forClaim(claimId),
              verdicts.forClaim(claimId),
              followUps.forClaim(claimId),
              assignments.activeFor(claimId),
              audit.claimHistory(claimId),
              appearances.stream()
                  .map(ClaimItemView::documentId)
                  .distinct()
                  .map(documents::find)
                  .toList());
        };
    ClaimPage page =
        timings.measure(
            "claim page #" + claimId,
            open,
            p ->
                String.format(
                    Locale.ROOT,
                    "%d appearances in %d documents, %d evidence, %d verdicts, %d follow-ups,"
                        + " %d history lines",
                    p.appearances().size(),
                    p.documents().size(),
                    p.evidence().size(),
                    p.verdicts().size(),
                    p.followUps().size(),
                    p.history().size()));
    timings.part("find", () -> claims.find(claimId), c -> "");
    timings.part("appearances", () -> claims.appearances(claimId), c -> "");
    timings.part("evidence", () -> evidence.forClaim(claimId), c -> "");
    timings.part("verdicts", () -> verdicts.forClaim(claimId), c -> "");
    timings.part("follow-ups", () -> followUps.forClaim(claimId), c -> "");
    timings.part("assignment", () -> assignments.activeFor(claimId), c -> "");
    timings.part("history", () -> audit.claimHistory(claimId), c -> "");
    timings.part(
        "documents (" + page.documents().size() + ")",
        () ->
            page.appearances().stream()
                .map(ClaimItemView::documentId)
                .distinct()
                .map(documents::find)
                .toList(),
        c -> "");
  }

  /**
   * Takes the showcase claim through the real services, so that its evidence, verdicts, follow-ups,
   * assignment and history are exactly what the workbench writes.
   */
  private void workOnShowcase(long claimId) {
    SignedIn.as(
        EDITOR,
        Role.EDITOR,
        () ->
            assignments.assign(
                claimId,
                claims.find(claimId).orElseThrow().version(),
                "alice",
                LocalDate.now().plusDays(5)));
    SignedIn.as(
        "alice",
        Role.REVIEWER,
        () -> {
          Stance[] stances = Stance.values();
          for (int i = 0; i < 50; i++) {
            evidence.attach(
                claimId,
                1L + i * (BenchmarkData.SOURCES / 50),
                stances[i % stances.length],
                "Excerpt " + (i + 1) + ": the minister's office confirmed no plan was delivered.",
                i % 3 == 0 ? "Confirmed by phone." : null);
          }
          verdicts.propose(
              claimId,
              claims.find(claimId).orElseThrow().version(),
              Rating.FALSE,
              "No plan was ever delivered to Europe.",
              "Officials in Brussels and three capitals said they never received it.");
        });
    VerdictSummary first =
        SignedIn.as(
            "noah",
            Role.EDITOR,
            () -> {
              VerdictSummary proposed = verdicts.forClaim(claimId).getLast();
              VerdictSummary approved = verdicts.approve(proposed.id(), proposed.version());
              return verdicts.publish(approved.id(), approved.version());
            });
    VerdictSummary correction =
        SignedIn.as(
            EDITOR,
            Role.EDITOR,
            () ->
                verdicts.correct(
                    first.id(),
                    first.version(),
                    Rating.MISLEADING,
                    "An outline was received, not the plan.",
                    "A two-page outline reached the Commission in March.",
                    "A reader sent the outline's cover letter."));
    SignedIn.as(
        "noah",
        Role.EDITOR,
        () -> {
          VerdictSummary approved = verdicts.approve(correction.id(), correction.version());
          verdicts.publish(approved.id(), approved.version());
        });
    SignedIn.as(
        "alice",
        Role.REVIEWER,
        () -> {
          for (int i = 1; i <= 3; i++) {
            followUps.schedule(
                claimId,
                "Watch for the full plan being delivered (check " + i + ")",
                LocalDate.now().plusDays(30L * i),
                "alice");
          }
        });
  }

  private String header(BenchmarkData.Report data, double loadSeconds) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String version = jdbc.queryForObject("show server_version", String.class);
    return String.format(
        Locale.ROOT,
        "ClaimDesk workbench benchmark, PostgreSQL %s (embedded), %d CPU cores%n"
            + "Data: %,d documents, %,d claims, %,d appearances (claim items), %,d sources,"
            + " %,d evidence, %,d verdicts, %,d assignments, %,d follow-ups, %,d audit revisions%n"
            + "Statements: %s%n"
            + "Claim page: claim #%d with %d appearances; loaded, vacuumed and analysed in %.1f s%n",
        version,
        Runtime.getRuntime().availableProcessors(),
        data.documents,
        data.claims,
        data.items,
        data.sources,
        data.evidence,
        data.verdicts,
        data.assignments,
        data.followUps,
        data.revisions,
        data.statementSource,
        data.showcaseClaimId,
        data.showcaseDocuments.size(),
        loadSeconds);
  }

  /** The machine is shared: its load tells how much of a figure is waiting for a CPU. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
