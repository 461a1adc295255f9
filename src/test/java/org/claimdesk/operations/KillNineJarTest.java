package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimdesk.cli.CliCommands;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} in the middle of work, on the production jar as an administrator runs it: four
 * scripts ingest documents through the API (each a document, its items, its claims and their audit
 * entries in one transaction) and the process is killed while their requests are in flight. After
 * the kill the stored audit log verifies; the desk starts again on the same folder; every document
 * it holds has all the items its text yields (nothing half-saved), the work settled before the kill
 * is all there, and the log still verifies after the restarted desk stops.
 */
class KillNineJarTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration START = Duration.ofSeconds(180);
  private static final String PASSWORD = "a long enough secret 42";

  @Test
  void a_kill_in_the_middle_of_saves_leaves_whole_documents_and_a_log_that_verifies()
      throws Exception {
    Path root = Files.createTempDirectory("claimdesk-kill-test");
    Path dataDir = root.resolve("desk");
    Map<String, String> env = new HashMap<>();
    env.put("CLAIMDESK_DATA_DIR", dataDir.toString());
    env.put("CLAIMDESK_API_TOKEN_FILE", root.resolve("admin.token").toString());

    List<Long> settled = new ArrayList<>();
    ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicInteger inFlightAtKill = new AtomicInteger();
    String editorToken;
    try (DeskProcess desk = DeskProcess.startBuiltJar(env)) {
      desk.awaitLoginPage(START);
      String adminToken = Files.readString(root.resolve("admin.token")).strip();
      Answer created =
          send(
              desk.port,
              "POST",
              "/api/v1/users",
              "Bearer " + adminToken,
              Map.of(
                  "username",
                  "killeditor",
                  "displayName",
                  "Kill Editor",
                  "password",
                  PASSWORD,
                  "roles",
                  List.of("EDITOR")));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      Answer token =
          send(
              desk.port,
              "POST",
              "/api/v1/tokens",
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString(("killeditor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
              Map.of("name", "kill test"));
      assertThat(token.status()).as(token.body()).isEqualTo(201);
      editorToken = "Bearer " + token.json().get("token").asString();

      // Work that is settled before the kill: acknowledged, then time for the disk to catch up.
      for (int n = 0; n < 2; n++) {
        Answer ingested = ingest(desk.port, editorToken, n);
        assertThat(ingested.status()).as(ingested.body()).isEqualTo(201);
        assertThat(ingested.json().get("items").size()).isPositive();
        settled.add(ingested.json().get("id").asLong());
      }
      Thread.sleep(3000);

      // Four scripts ingesting at once; the kill comes while their requests are in flight.
      AtomicBoolean killed = new AtomicBoolean();
      AtomicInteger next = new AtomicInteger(100);
      AtomicInteger inFlight = new AtomicInteger();
      CountDownLatch twoMore = new CountDownLatch(2);
      List<Thread> scripts = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread script =
            new Thread(
                () -> {
                  while (!killed.get()) {
                    inFlight.incrementAndGet();
                    try {
                      Answer a = ingest(desk.port, editorToken, next.getAndIncrement());
                      if (a.status() == 201) {
                        acknowledged.add(a.json().get("id").asLong());
                        twoMore.countDown();
                      }
                    } catch (IOException cutOff) {
                      // The desk was killed under this request.
                    } finally {
                      inFlight.decrementAndGet();
                    }
                  }
                },
                "ingest-script-" + t);
        script.start();
        scripts.add(script);
      }
      assertThat(twoMore.await(120, TimeUnit.SECONDS))
          .as("the scripts' saves go through before the kill")
          .isTrue();
      Thread.sleep(700);
      inFlightAtKill.set(inFlight.get());
      desk.kill();
      killed.set(true);
      for (Thread script : scripts) {
        script.join(30_000);
      }
      assertThat(desk.isAlive()).isFalse();
    }
    assertThat(inFlightAtKill.get()).as("requests in flight at the kill").isPositive();

    // Straight after the kill, before anything could repair it: the stored log verifies.
    Outcome afterKill = verifyAudit(dataDir);
    assertThat(afterKill.status()).as(afterKill.output()).isZero();
    assertThat(afterKill.output()).startsWith("intact:");

    try (DeskProcess again = DeskProcess.startBuiltJar(env)) {
      again.awaitLoginPage(START);
      assertThat(again.consoleText()).doesNotContain("A new desk was created");

      Answer list = send(again.port, "GET", "/api/v1/documents?size=500", editorToken, null);
      assertThat(list.status()).as(list.body()).isEqualTo(200);
      List<Long> stored = new ArrayList<>();
      for (JsonNode d : list.json().get("items")) {
        stored.add(d.get("id").asLong());
      }
      assertThat(stored).containsAll(settled);
      assertThat(stored.size()).isGreaterThanOrEqualTo(settled.size() + 1);
      for (long id : stored) {
        Answer document = send(again.port, "GET", "/api/v1/documents/" + id, editorToken, null);
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        JsonNode items = document.json().get("items");
        Answer extracted =
            send(
                again.port,
                "POST",
                "/api/v1/extract",
                editorToken,
                Map.of("text", document.json().get("text").asString()));
        assertThat(extracted.status()).as(extracted.body()).isEqualTo(200);
        assertThat(items.size())
            .as("document %d holds every item its text yields", id)
            .isEqualTo(extracted.json().get("items").size())
            .isPositive();
        for (JsonNode item : items) {
          long claimId = item.get("claimId").asLong();
          Answer claim = send(again.port, "GET", "/api/v1/claims/" + claimId, editorToken, null);
          assertThat(claim.status()).as("claim %d of document %d", claimId, id).isEqualTo(200);
        }
      }
    }
    Outcome afterRestart = verifyAudit(dataDir);
    assertThat(afterRestart.status()).as(afterRestart.output()).isZero();
    assertThat(afterRestart.output()).startsWith("intact:");
  }

  /** A news text that yields several claim items; {@code n} makes each one a different text. */
  private static Answer ingest(int port, String authorization, int n) throws IOException {
    String text =
        "GENEVA (Reuters) - Exports rose by "
            + (n % 90 + 5)
            + " percent in 2025, the trade minister said on Monday, document "
            + n
            + ".\n\n"
            + "Unemployment fell to 4."
            + (n % 10)
            + " percent in October, according to the statistics office.\n\n"
            + "The central bank said inflation had reached "
            + (n % 7 + 2)
            + " percent, the highest level since 1992.\n\n"
            + "\"We have built 12,000 new homes this year,\" the mayor told reporters.";
    return send(
        port,
        "POST",
        "/api/v1/documents",
        authorization,
        Map.of("title", "Trade figures " + n, "outlet", "Reuters", "text", text));
  }

  record Answer(int status, String body, JsonNode json) {}

  private static Answer send(
      int port, String method, String path, String authorization, Object body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", authorization);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
      return new Answer(response.statusCode(), response.body(), json);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  record Outcome(int status, String output) {}

  /** {@code verify-audit --database} on the stopped desk's folder, as an administrator runs it. */
  private static Outcome verifyAudit(Path dataDir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status =
        CliCommands.standard()
            .dispatch(
                List.of("verify-audit", "--database", "--data-dir", dataDir.toString()),
                new ByteArrayInputStream(new byte[0]),
                print,
                print);
    return new Outcome(status, out.toString(StandardCharsets.UTF_8).strip());
  }
}
