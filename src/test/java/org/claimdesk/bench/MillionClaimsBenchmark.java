package org.claimdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.IngestMatching;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.matching.ClaimMatch;
import org.claimdesk.matching.MatchingService;
import org.claimdesk.nlp.MatchRanking;
import org.claimdesk.nlp.SentenceEmbeddings;
import org.claimdesk.search.ClaimCandidates;
import org.claimdesk.search.IndexProgress;
import org.claimdesk.search.IndexRebuild;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchResults;
import org.claimdesk.search.SearchService;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 12's speed figures with 1,000,000 claims in PostgreSQL ({@code -Dbench.claims=N} for
 * another size): the queue's first page and each filter, the global text search, matching a new
 * item against all claims (its embedding included), the mass indexing time, the sample's ingest
 * with matching on and off, and the embedding model's speed on one thread. The claims are loaded
 * with COPY; their embeddings are real ones of a few thousand distinct statements, reused (each
 * stored with its claim's statement, as the matcher requires). A measurement, not a test: it never
 * fails on a slow figure. Run with {@code ./mvnw -Pbench test -Dtest=MillionClaimsBenchmark}; the
 * table is printed and written to {@code target/bench/million.txt}.
 */
@Tag("bench")
@IntegrationTest
@TestPropertySource(properties = "claimdesk.matching.catch-up-at-start=false")
class MillionClaimsBenchmark {

  private static final String EDITOR = "maria";
  private static final Path SAMPLE = Path.of("..", "shared", "samples", "geneva-talks.txt");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = System.getProperty("bench.jdbcUrl");
    if (url == null) {
      EmbeddedPostgresDatabase.register(registry);
    } else {
      // A server of one's own that keeps its data between runs: loaded once, then reused.
      registry.add("spring.datasource.url", () -> url);
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "");
    }
    // A million claims' index belongs on disk, not in the test JVM's heap.
    String kept = System.getProperty("bench.indexDir");
    Path index =
        (kept != null ? Path.of(kept) : Path.of("target", "bench", "index-" + System.nanoTime()))
            .toAbsolutePath();
    registry.add(
        "spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
    registry.add(
        "spring.jpa.properties.hibernate.search.backend.directory.root", () -> index.toString());
  }

  @Autowired DataSource dataSource;
  @Autowired ClaimService claims;
  @Autowired UserService users;
  @Autowired SearchService search;
  @Autowired MatchingService matching;
  @Autowired DocumentService documents;
  @Autowired IndexRebuild rebuild;
  @Autowired ClaimCandidates candidates;
  @Autowired ApplicationContext context;

  /** The matching lookups' CPU time by part, printed under the matching table. */
  private String matchCpu = "";

  @Test
  void measure_queue_search_and_matching_with_a_million_claims() throws Exception {
    int warmUps = Integer.getInteger("bench.warmups", 5);
    int runs = Integer.getInteger("bench.runs", 20);
    int distinct = Integer.getInteger("bench.distinctEmbeddings", 3_000);
    String liar = System.getProperty("bench.liar", "/work/shared/data/claims");
    StringBuilder out = new StringBuilder();
    String loadBefore = WorkbenchBenchmark.loadAverage();

    long started = System.nanoTime();
    BenchmarkData data = new BenchmarkData(dataSource, Path.of(liar));
    boolean reused = alreadyLoaded();
    BenchmarkData.Report report = reused ? data.planOnly() : data.load();
    double loadSeconds = seconds(started);
    started = System.nanoTime();
    int[] embedded = reused ? new int[] {0, 0} : loadEmbeddings(data, distinct);
    double embeddingSeconds = seconds(started);
    started = System.nanoTime();
    BenchmarkData.analyze(dataSource);
    double analyzeSeconds = seconds(started);
    IndexProgress indexed =
        reused && System.getProperty("bench.indexDir") != null
            ? new IndexProgress(false, 0, 0, null, null)
            : rebuild.start().get();
    if (reused) {
      out.append("Reused the data and index loaded by an earlier run (-Dbench.jdbcUrl).\n");
    }
    out.append(
        String.format(
            Locale.ROOT,
            "ClaimDesk 1,000,000-claim benchmark (issue 12), PostgreSQL (embedded), %d CPU cores%n"
                + "Data: %,d claims, %,d documents, %,d appearances; statements: %s%n"
                + "Loading with COPY: %.1f s; claim embeddings: %,d rows in %.1f s (%,d real"
                + " embeddings of distinct statements, reused); vacuum analyze %.1f s%n"
                + "Mass indexing (claims and documents): %,d entities in %.1f s%s%n",
            Runtime.getRuntime().availableProcessors(),
            report.claims,
            report.documents,
            report.items,
            report.statementSource,
            loadSeconds,
            embedded[0],
            embeddingSeconds,
            embedded[1],
            analyzeSeconds,
            indexed.indexed(),
            indexed.took() == null ? 0.0 : indexed.took().toMillis() / 1000.0,
            indexed.failure() == null ? "" : " FAILED: " + indexed.failure()));

    Timings timings = new Timings(warmUps, runs);
    String measureBefore = WorkbenchBenchmark.loadAverage();
    Timings match =
        SignedIn.as(
            EDITOR,
            Role.EDITOR,
            () -> {
              WorkbenchBenchmark.measureQueue(timings, report, claims, users);
              searchScenarios(timings);
              return matchScenario(data, Integer.getInteger("bench.matchRuns", 100));
            });
    out.append("\nQueue and search (target: p95 under 100 ms)\n").append(timings.table());
    out.append("\nMatching (target: p95 under 50 ms)\n").append(match.table()).append(matchCpu);
    out.append("\n").append(ingestWithAndWithoutMatching());
    out.append(embeddingThroughput(data));
    out.append(
        String.format(
            Locale.ROOT,
            "%nMachine load average (1, 5, 15 min): at start %s, before measuring %s, at the end"
                + " %s (2 cores shared with other work: figures are noisy)%n",
            loadBefore,
            measureBefore,
            WorkbenchBenchmark.loadAverage()));
    System.out.println("\n" + out);
    Files.createDirectories(Path.of("target", "bench"));
    String speaker = report.popularSpeaker.substring(report.popularSpeaker.lastIndexOf(' ') + 1);
    Files.writeString(
        Path.of("target", "bench", "million-plans.txt"),
        QueryPlans.explainQueue(
            dataSource,
            report.showcaseDocuments.get(report.showcaseDocuments.size() / 2),
            speaker.toLowerCase(Locale.ROOT)),
        StandardCharsets.UTF_8);
    Files.writeString(
        Path.of("target", "bench", "million.txt"), out.toString(), StandardCharsets.UTF_8);
  }

  /** Whether a server given with {@code -Dbench.jdbcUrl} already holds the claims. */
  private boolean alreadyLoaded() throws SQLException {
    if (System.getProperty("bench.jdbcUrl") == null) {
      return false;
    }
    try (Connection connection = dataSource.getConnection();
        var rows = connection.createStatement().executeQuery("select count(*) from claim")) {
      rows.next();
      return rows.getLong(1) >= BenchmarkData.CLAIMS;
    }
  }

  /**
   * Writes a claim_embedding row for every claim: real embeddings for the first {@code distinct}
   * distinct statements, and for the rest one of those vectors chosen by the statement's hash.
   * Returns the rows written and the embeddings computed.
   */
  private int[] loadEmbeddings(BenchmarkData data, int distinct) throws SQLException {
    SentenceEmbeddings model = SentenceEmbeddings.shared();
    Map<String, String> byStatement = new HashMap<>();
    List<String> pool = new ArrayList<>();
    Instant now = Instant.now();
    int rows = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
      try (CopyWriter table =
          new CopyWriter(
              copy, "claim_embedding", "claim_id, model, statement, vector, created_at")) {
        for (long id = 1; id <= BenchmarkData.CLAIMS; id++) {
          String statement = data.statementOf(id);
          String vector = byStatement.get(statement);
          if (vector == null) {
            if (pool.size() < distinct) {
              vector = encode(model.embed(MatchRanking.matchable(statement)));
              pool.add(vector);
              byStatement.put(statement, vector);
            } else {
              vector = pool.get(Math.floorMod(statement.hashCode(), pool.size()));
            }
          }
          table.add(id).add("all-MiniLM-L6-v2-q").add(statement).add(vector).add(now).endRow();
          rows++;
        }
      }
    }
    return new int[] {rows, pool.size()};
  }

  private static String encode(float[] v) {
    ByteBuffer bytes = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(v);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  private void searchScenarios(Timings timings) {
    for (String text :
        List.of("unemployment", "repeated promises", "\"never formally received\"")) {
      timings.measure(
          "search page: '" + text + "'",
          () -> search.search(SearchQuery.of(text)),
          (SearchResults r) ->
              String.format(
                  Locale.ROOT,
                  "%,d claims, %,d documents match",
                  r.claimCount(),
                  r.documentCount()));
    }
  }

  /** A new item each time (so each embeds its text): a loaded statement in other words. */
  private Timings matchScenario(BenchmarkData data, int matchRuns) {
    Random random = new Random(12);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < matchRuns + 10; i++) {
      String s = data.statementOf(1 + random.nextInt(BenchmarkData.CLAIMS));
      texts.add(
          "Officials said on "
              + LocalDate.of(2025, 1, 1).plusDays(i)
              + " that "
              + Character.toLowerCase(s.charAt(0))
              + s.substring(1));
    }
    AtomicInteger next = new AtomicInteger();
    Timings match = new Timings(5, matchRuns);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[1];
    Object matcher = context.getBean(IngestMatching.class);
    ReflectionTestUtils.invokeMethod(matcher, "profile", true);
    match.measure(
        "match a new item against all claims (embedding included)",
        () -> {
          long before = threads.getCurrentThreadCpuTime();
          List<ClaimMatch> found = matching.match(texts.get(next.getAndIncrement() % texts.size()));
          cpu[0] += threads.getCurrentThreadCpuTime() - before;
          return found;
        },
        (List<ClaimMatch> m) ->
            String.format(
                Locale.ROOT,
                "%d matches, best similarity %.2f; %.1f ms CPU a match (this thread)",
                m.size(),
                m.isEmpty() ? 0.0 : m.getFirst().similarity(),
                cpu[0] / 1e6 / (matchRuns + 5)));
    ReflectionTestUtils.invokeMethod(matcher, "profile", false);
    Map<String, Long> parts = ReflectionTestUtils.invokeMethod(matcher, "cpuByPart");
    StringBuilder profile =
        new StringBuilder("CPU time of a match by part (this thread, mean of ")
            .append(matchRuns + 5)
            .append(" matches):\n");
    long total = 0;
    for (Map.Entry<String, Long> p : parts.entrySet()) {
      total += p.getValue();
      profile.append(
          String.format(
              Locale.ROOT, "  %-34s %6.2f ms%n", p.getKey(), p.getValue() / 1e6 / (matchRuns + 5)));
    }
    profile.append(
        String.format(
            Locale.ROOT, "  %-34s %6.2f ms%n", "all parts", total / 1e6 / (matchRuns + 5)));
    matchCpu = profile.toString();
    SentenceEmbeddings model = SentenceEmbeddings.shared();
    match.part(
        "embedding the item",
        () -> model.embed(MatchRanking.matchable(texts.get(next.getAndIncrement() % texts.size()))),
        v -> "");
    match.part(
        "BM25 candidates from the index (50)",
        () ->
            candidates.candidates(
                MatchRanking.matchable(texts.get(next.getAndIncrement() % texts.size())), 50),
        c -> c.size() + " candidates");
    return match;
  }

  /** The sample ingested with matching at ingest on and off, three times each, median. */
  private String ingestWithAndWithoutMatching() throws IOException {
    String text = Files.readString(SAMPLE);
    Object matcher = context.getBean(IngestMatching.class);
    AtomicInteger copy = new AtomicInteger();
    // Unique to this run, so that a reused database does not hold these copies already.
    long run = System.currentTimeMillis();
    Runnable ingestOnce =
        () ->
            SignedIn.as(
                EDITOR,
                Role.EDITOR,
                () ->
                    documents.ingest(
                        new DocumentDraft(
                            "Geneva talks, run " + run + " copy " + copy.incrementAndGet(),
                            "Wire",
                            null,
                            LocalDate.of(2025, 11, 24),
                            text
                                + "\nReference bench"
                                + run
                                + "-"
                                + copy.get()
                                + " for this copy.\n")));
    ingestOnce.run(); // warm-up: loads the extraction models
    double[] on = new double[3];
    double[] off = new double[3];
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      ingestOnce.run();
      on[i] = (System.nanoTime() - t) / 1e6;
    }
    ReflectionTestUtils.invokeMethod(matcher, "atIngest", false);
    try {
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        ingestOnce.run();
        off[i] = (System.nanoTime() - t) / 1e6;
      }
    } finally {
      ReflectionTestUtils.invokeMethod(matcher, "atIngest", true);
    }
    Arrays.sort(on);
    Arrays.sort(off);
    return String.format(
        Locale.ROOT,
        "Ingest of the sample (geneva-talks.txt, extraction included), median of 3: matching on"
            + " %.0f ms, off %.0f ms (runs on: %s; off: %s)%n",
        on[1],
        off[1],
        Arrays.toString(round(on)),
        Arrays.toString(round(off)));
  }

  private static long[] round(double[] ms) {
    return Arrays.stream(ms).mapToLong(Math::round).toArray();
  }

  /** The embedding model on this one thread: sentences of the loaded statements. */
  private static String embeddingThroughput(BenchmarkData data) {
    SentenceEmbeddings model = SentenceEmbeddings.shared();
    List<String> sentences = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      sentences.add(data.statementOf(1 + random.nextInt(BenchmarkData.CLAIMS)) + " (" + i + ")");
    }
    for (int i = 0; i < 20; i++) {
      model.embed(sentences.get(i));
    }
    long words = 0;
    long t = System.nanoTime();
    for (String s : sentences) {
      model.embed(s);
      words += s.split("\\s+").length;
    }
    double secs = seconds(t);
    return String.format(
        Locale.ROOT,
        "Embedding on one thread: %d sentences (%.1f words on average) in %.1f s: %.1f ms a"
            + " sentence, %,.0f words/s%n",
        sentences.size(),
        (double) words / sentences.size(),
        secs,
        secs * 1000 / sentences.size(),
        words / secs);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
