package org.claimdesk.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API's share of the speed benchmark (issue 8): {@code GET /api/v1/claims} and {@code GET
 * /api/v1/claims/{id}} over real HTTP with 200,000 claims in PostgreSQL, at 20 concurrent clients.
 * Prints p50/p95/p99 and requests per second and writes them to {@code target/bench/api.txt}. A
 * measurement, not a test: it never fails on a slow figure. Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "claimdesk.api.rate-limit=100000000")
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class ApiBenchmark {

  private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
  private static final int REQUESTS_PER_CLIENT = Integer.getInteger("bench.requests", 100);
  private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+)");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired ApiTokens tokens;
  @Autowired EntityManagerFactory entityManagerFactory;

  /** HTTP/1.1 with keep-alive: no h2c upgrade attempt, connections reused by the clients. */
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ProcessCpu cpu;
  private final AtomicInteger failed = new AtomicInteger();

  @Test
  void measure_the_claims_api_at_20_concurrent_clients() throws Exception {
    String liar = System.getProperty("bench.liar", "/work/shared/data/claims");
    BenchmarkData.Report data = new BenchmarkData(dataSource, Path.of(liar)).load();
    BenchmarkData.analyze(dataSource);
    String token = SignedIn.as("maria", Role.EDITOR, () -> tokens.create("bench", 1)).secret();
    cpu = ProcessCpu.of(dataSource);

    List<Long> ids = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      Matcher m = ID.matcher(get(token, "/api/v1/claims?size=500&page=" + page * 50).body());
      while (m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    String[] queues = {
      "/api/v1/claims",
      "/api/v1/claims?status=IN_REVIEW",
      "/api/v1/claims?assignee=alice",
      "/api/v1/claims?q=unemployment",
      "/api/v1/claims?rating=FALSE&page=3",
      "/api/v1/claims?from=2024-06-01&to=2024-06-30"
    };
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "API benchmark: %,d claims, %,d documents in PostgreSQL; %d clients x %d requests each"
                + " over HTTP (Bearer token), after a warm-up of the same size.%n"
                + "Machine load average before: %s%n%n",
            data.claims,
            data.documents,
            CLIENTS,
            REQUESTS_PER_CLIENT,
            loadAverage()));
    report.append(
        String.format(
            Locale.ROOT,
            "%-44s %8s %8s %8s %8s %8s %9s %9s %7s %6s%n",
            "scenario",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms",
            "req/s",
            "JVM cpu",
            "PG cpu",
            "stmts",
            "failed"));
    measure(
        report,
        token,
        "GET /claims (6 queue filters, 50 a page)",
        i -> queues[i % queues.length],
        queues.length);
    measure(
        report,
        token,
        "GET /claims/{id} (" + ids.size() + " claims in turn)",
        i -> "/api/v1/claims/" + ids.get(i % ids.size()),
        1);
    measure(
        report,
        token,
        "GET /claims/{id} (showcase: 50 appearances)",
        i -> "/api/v1/claims/" + data.showcaseClaimId,
        1);
    report.append(
        String.format(
            Locale.ROOT,
            "%nJVM cpu and PG cpu: CPU ms per request of this JVM (server and clients) and of the"
                + " PostgreSQL processes over the timed phase; stmts: SQL statements per request"
                + " (Hibernate statistics, a separate pass of %d requests).%n",
            STATEMENT_PASS));
    report.append(String.format(Locale.ROOT, "Machine load average after: %s%n", loadAverage()));
    System.out.println("\n" + report);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "api.txt"), report, StandardCharsets.UTF_8);
  }

  /**
   * Runs one scenario; with {@code variants} above one, request {@code i} uses path {@code i %
   * variants}, and each variant's p50 and p95 are reported below the scenario's line, so that the
   * slow filter behind a high p95 shows.
   */
  private void measure(
      StringBuilder report, String token, String scenario, IntFunction<String> path, int variants)
      throws Exception {
    run(token, path); // warm-up
    failed.set(0);
    ProcessCpu.Reading cpuBefore = cpu.read();
    long start = System.nanoTime();
    long[] latencies = run(token, path);
    double seconds = (System.nanoTime() - start) / 1e9;
    ProcessCpu.Reading cpuAfter = cpu.read();
    int failures = failed.get();
    double statements = statementsPerRequest(token, path);
    List<String> perVariant = new ArrayList<>();
    for (int v = 0; variants > 1 && v < variants; v++) {
      long[] mine = new long[(latencies.length - v + variants - 1) / variants];
      for (int i = v, j = 0; i < latencies.length; i += variants, j++) {
        mine[j] = latencies[i];
      }
      Arrays.sort(mine);
      perVariant.add(
          String.format(
              Locale.ROOT,
              "  %-42s %8.1f %8.1f%n",
              path.apply(v).replace("/api/v1", ""),
              ms(mine, 0.50),
              ms(mine, 0.95)));
    }
    Arrays.sort(latencies);
    report.append(
        String.format(
            Locale.ROOT,
            "%-44s %8.1f %8.1f %8.1f %8.1f %8.0f %9.2f %9.2f %7.1f %6d%n",
            scenario,
            ms(latencies, 0.50),
            ms(latencies, 0.95),
            ms(latencies, 0.99),
            latencies[latencies.length - 1] / 1e6,
            latencies.length / seconds,
            (cpuAfter.jvm() - cpuBefore.jvm()) * 1000 / latencies.length,
            (cpuAfter.postgres() - cpuBefore.postgres()) * 1000 / latencies.length,
            statements,
            failures));
    perVariant.forEach(report::append);
  }

  private static final int STATEMENT_PASS = 60;

  /** SQL statements per request, counted by Hibernate over one client's requests in turn. */
  private double statementsPerRequest(String token, IntFunction<String> path) {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      for (int i = 0; i < STATEMENT_PASS; i++) {
        get(token, path.apply(i));
      }
      return statistics.getPrepareStatementCount() / (double) STATEMENT_PASS;
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  private long[] run(String token, IntFunction<String> path) throws Exception {
    long[] latencies = new long[CLIENTS * REQUESTS_PER_CLIENT];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    int i = next.getAndIncrement();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = get(token, path.apply(i));
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                      // Counted and shown rather than ending the run: on an overloaded machine
                      // a request may wait out the pool's connection timeout.
                      if (failed.getAndIncrement() == 0) {
                        System.err.println(
                            "First failed request: "
                                + response.statusCode()
                                + " "
                                + response.body());
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdown();
    }
    return latencies;
  }

  private HttpResponse<String> get(String token, String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Authorization", "Bearer " + token)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
