package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The desk's seed flow through the API alone, as several people: ingest the Geneva sample, accept
 * the item about Europe, assign it, source it with Xinhua, propose, approve as a second editor,
 * publish and correct. Shared by the H2 and the PostgreSQL test.
 */
final class SeedFlow {

  private SeedFlow() {}

  static String sample() {
    try {
      return Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Walks the flow; the admin creates the people, who get their tokens with their passwords. */
  static long walk(int port, ApiClient admin, String sampleText) {
    String n = Long.toString(System.nanoTime() % 100_000_000);
    String editor = "eddie" + n;
    String second = "erin" + n;
    String reviewer = "rita" + n;
    createUser(admin, editor, "Eddie Editor", "EDITOR");
    createUser(admin, second, "Erin Editor", "EDITOR");
    createUser(admin, reviewer, "Rita Reviewer", "REVIEWER");
    ApiClient eddie = tokenFor(port, editor);
    ApiClient erin = tokenFor(port, second);
    ApiClient rita = tokenFor(port, reviewer);

    var ingested =
        eddie.post(
            "/api/v1/documents",
            Map.of(
                "title", "Geneva talks",
                "outlet", "Xinhua",
                "publishedDate", "2025-11-23",
                "text", sampleText,
                "format", "text"));
    assertThat(ingested.status()).as(ingested.toString()).isEqualTo(201);
    long documentId = ingested.id();
    assertThat(ingested.raw().headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/documents/" + documentId);
    JsonNode europe = null;
    for (JsonNode item : ingested.get("items")) {
      if (item.get("text").asString().contains("never formally received")) {
        europe = item;
      }
    }
    assertThat(europe).as("the item about Europe and the 28-point plan").isNotNull();
    long claimId = europe.get("claimId").asLong();
    assertThat(ingested.get("claimIds").toString()).contains(Long.toString(claimId));
    assertThat(europe.get("speakerKind").asString()).isEqualTo("ANONYMOUS_SOURCES");

    var claim = eddie.get("/api/v1/claims/" + claimId);
    assertThat(claim.get("status").asString()).isEqualTo("NEW");
    var accepted =
        eddie.post(
            "/api/v1/claims/" + claimId + "/status",
            Map.of("status", "ACCEPTED", "expectedVersion", claim.version()));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");

    LocalDate due = LocalDate.now().plusDays(2);
    var assigned =
        eddie.put(
            "/api/v1/claims/" + claimId + "/assignment",
            Map.of(
                "reviewer",
                reviewer,
                "dueDate",
                due.toString(),
                "expectedVersion",
                accepted.version()));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(assigned.get("reviewer").asString()).isEqualTo(reviewer);

    var xinhua =
        rita.post(
            "/api/v1/sources",
            Map.of("kind", "WIRE_SERVICE", "title", "Xinhua", "publisher", "Xinhua News Agency"));
    assertThat(xinhua.status()).as(xinhua.toString()).isEqualTo(201);
    var evidence =
        rita.post(
            "/api/v1/claims/" + claimId + "/evidence",
            Map.of(
                "sourceId",
                xinhua.id(),
                "stance",
                "SUPPORTS",
                "excerpt",
                "the European side had never formally received the 28-point plan"));
    assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
    assertThat(rita.get("/api/v1/sources?q=xinh").json().toString()).contains("Xinhua");

    var proposed =
        rita.post(
            "/api/v1/claims/" + claimId + "/verdicts",
            Map.of("rating", "UNPROVEN", "summary", "Only anonymous sources say so."));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    long verdictId = proposed.id();
    assertThat(proposed.get("state").asString()).isEqualTo("PROPOSED");

    var approved =
        erin.post(
            "/api/v1/verdicts/" + verdictId + "/approve",
            Map.of("expectedVersion", proposed.version()));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.get("approver").asString()).isEqualTo(second);
    var published =
        eddie.post(
            "/api/v1/verdicts/" + verdictId + "/publish",
            Map.of("expectedVersion", approved.version()));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    var afterPublish = eddie.get("/api/v1/claims/" + claimId);
    assertThat(afterPublish.get("status").asString()).isEqualTo("PUBLISHED");
    assertThat(afterPublish.get("rating").asString()).isEqualTo("UNPROVEN");

    var correction =
        eddie.post(
            "/api/v1/verdicts/" + verdictId + "/correct",
            Map.of(
                "rating",
                "MISLEADING",
                "summary",
                "The plan reached Europe informally.",
                "correctionNote",
                "A European official later said the plan arrived informally.",
                "expectedVersion",
                published.version()));
    assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
    assertThat(correction.get("supersedesId").asLong()).isEqualTo(verdictId);
    var correctionApproved =
        erin.post("/api/v1/verdicts/" + correction.id() + "/approve", Map.of());
    assertThat(correctionApproved.status()).as(correctionApproved.toString()).isEqualTo(200);
    var ownCorrection = eddie.post("/api/v1/verdicts/" + correction.id() + "/publish", null);
    assertThat(ownCorrection.status()).as(ownCorrection.toString()).isEqualTo(403);
    var correctionPublished = erin.post("/api/v1/verdicts/" + correction.id() + "/publish", null);
    assertThat(correctionPublished.status()).as(correctionPublished.toString()).isEqualTo(200);

    var detail = rita.get("/api/v1/claims/" + claimId);
    assertThat(detail.get("status").asString()).isEqualTo("PUBLISHED");
    assertThat(detail.get("rating").asString()).isEqualTo("MISLEADING");
    assertThat(detail.get("appearances").get(0).get("documentId").asLong()).isEqualTo(documentId);
    assertThat(detail.get("evidence").get(0).get("source").get("title").asString())
        .isEqualTo("Xinhua");
    List<String> states = states(detail.get("verdicts"));
    assertThat(states).containsExactly("SUPERSEDED", "PUBLISHED");
    assertThat(detail.get("verdicts").toString())
        .contains("A European official later said the plan arrived informally.");
    // Publishing ended the reviewer's assignment, and their rights on the claim with it.
    assertThat(detail.get("assignment") == null || detail.get("assignment").isNull())
        .as(String.valueOf(detail.get("assignment")))
        .isTrue();
    assertThat(detail.get("history").toString())
        .contains("attached the source 'Xinhua' (supports)")
        .contains("approved the verdict Unproven");
    return claimId;
  }

  static void createUser(ApiClient admin, String username, String displayName, String role) {
    var created =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "password",
                ApiPeople.PASSWORD,
                "roles",
                List.of(role),
                "languages",
                "en",
                "beats",
                "diplomacy"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  static ApiClient tokenFor(int port, String username) {
    var answer =
        ApiClient.withPassword(port, username, ApiPeople.PASSWORD)
            .post("/api/v1/tokens", Map.of("name", "seed flow"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return ApiClient.withToken(port, answer.get("token").asString());
  }

  private static List<String> states(JsonNode verdicts) {
    List<String> states = new java.util.ArrayList<>();
    verdicts.forEach(v -> states.add(v.get("state").asString()));
    return states;
  }
}
