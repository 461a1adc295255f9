package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.ExtractionJson;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The happy path of each endpoint not walked by the seed flow. */
@ApiTest
class ApiEndpointsTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  private ApiPeople people;
  private ApiClient editor;

  @BeforeEach
  void setUp() {
    people = new ApiPeople(users, tokens, port);
    editor = people.client("eddie", Role.EDITOR);
  }

  @Test
  void a_change_of_an_account_is_made_whole_or_not_at_all() {
    ApiClient admin = people.adminClient();
    String name = people.person("quentin", Role.REVIEWER);

    // The capacity is refused, so the name, roles, beats and password stay as they were.
    var refused =
        admin.patch(
            "/api/v1/users/" + name,
            Map.of(
                "displayName", "Quentin Changed",
                "roles", List.of("EDITOR"),
                "beats", "economy",
                "password", "a brand new long password",
                "capacity", 100_000));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.detail()).contains("capacity");
    var after =
        org.claimdesk.support.SignedIn.as(
            "admin", Role.ADMIN, () -> users.findByUsername(name).orElseThrow());
    assertThat(after.displayName()).isEqualTo("Person " + name);
    assertThat(after.roles()).containsExactly(Role.REVIEWER);
    assertThat(after.beats()).doesNotContain("economy");
    assertThat(
            ApiClient.withPassword(port, name, "a brand new long password")
                .post("/api/v1/tokens", null)
                .status())
        .as("the new password was not set")
        .isEqualTo(401);
    assertThat(
            ApiClient.withPassword(port, name, ApiPeople.PASSWORD)
                .post("/api/v1/tokens", null)
                .status())
        .as("the old password still works")
        .isEqualTo(201);
  }

  @Test
  void an_admin_lists_and_changes_accounts() {
    ApiClient admin = people.adminClient();
    String name = people.person("paula", Role.REVIEWER);
    var list = admin.get("/api/v1/users");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().toString()).contains("\"username\":\"" + name + "\"");

    var changed =
        admin.patch(
            "/api/v1/users/" + name,
            Map.of(
                "displayName", "Paula Prado",
                "roles", List.of("EDITOR"),
                "beats", "economy",
                "password", "a brand new long password"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.get("displayName").asString()).isEqualTo("Paula Prado");
    assertThat(changed.get("roles").toString()).isEqualTo("[\"EDITOR\"]");
    assertThat(changed.get("beats").toString()).isEqualTo("[\"economy\"]");
    var token =
        ApiClient.withPassword(port, name, "a brand new long password")
            .post("/api/v1/tokens", null);
    assertThat(token.status()).isEqualTo(201);
    var me = ApiClient.withToken(port, token.get("token").asString()).get("/api/v1/me");
    assertThat(me.get("roles").toString()).isEqualTo("[\"EDITOR\"]");

    assertThat(admin.patch("/api/v1/users/nobody-here", Map.of("active", false)).status())
        .isEqualTo(404);
    var taken =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                name,
                "displayName",
                "Again",
                "password",
                "a long enough secret",
                "roles",
                List.of("REVIEWER")));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.detail()).contains("is taken");
  }

  @Test
  void documents_are_listed_and_read_with_their_items() {
    var ingested = ApiFixtures.ingest(editor);
    long id = ingested.id();
    var page = editor.get("/api/v1/documents?page=0&size=1");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.get("items").size()).isEqualTo(1);
    assertThat(page.get("size").asInt()).isEqualTo(1);

    var document = editor.get("/api/v1/documents/" + id);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.get("outlet").asString()).isEqualTo("Fixture Post");
    String text = document.get("text").asString();
    JsonNode item = document.get("items").get(0);
    assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
        .as("offsets point into the original text")
        .isNotBlank();
    for (String field :
        List.of(
            "claimId",
            "text",
            "sentence",
            "speakerName",
            "speakerKind",
            "cue",
            "attribution",
            "score",
            "reasons",
            "times",
            "followUpReason",
            "followUpDate")) {
      assertThat(item.has(field)).as(field).isTrue();
    }
    assertThat(editor.get("/api/v1/documents/99999999").status()).isEqualTo(404);
  }

  @Test
  void extract_answers_what_the_extract_command_prints_and_stores_nothing() {
    String text = "The minister said on Monday that unemployment fell to 4.1 percent in October.";
    long before = editor.get("/api/v1/documents?size=500").get("items").size();
    var answer =
        editor.post(
            "/api/v1/extract",
            Map.of("text", text, "format", "text", "publishedDate", "2025-11-23"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode expected =
        ApiClient.JSON.valueToTree(
            ExtractionJson.of(
                new ClaimExtractor()
                    .extract(text, ExtractionRequest.publishedOn(LocalDate.of(2025, 11, 23)))));
    assertThat(answer.json()).isEqualTo(expected);
    assertThat(answer.get("items").get(0).get("text").asString()).contains("unemployment");
    assertThat(editor.get("/api/v1/documents?size=500").get("items").size()).isEqualTo(before);
  }

  @Test
  void the_queue_filters_sorts_and_pages() {
    var ingested = ApiFixtures.ingest(editor);
    long documentId = ingested.id();
    int count = ingested.get("claimIds").size();
    var all = editor.get("/api/v1/claims?documentId=" + documentId + "&status=NEW&size=500");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.get("items").size()).isEqualTo(count);
    all.get("items")
        .forEach(
            c -> {
              assertThat(c.get("status").asString()).isEqualTo("NEW");
              assertThat(c.get("firstDocumentId").asLong()).isEqualTo(documentId);
              assertThat(c.has("version")).isTrue();
            });
    var sorted = editor.get("/api/v1/claims?documentId=" + documentId + "&sort=id,asc");
    List<Long> ids = new java.util.ArrayList<>();
    sorted.get("items").forEach(c -> ids.add(c.get("id").asLong()));
    assertThat(ids).isSorted();
    var byText = editor.get("/api/v1/claims?q=unemployment&outlet=Fixture%20Post&size=500");
    assertThat(byText.get("items").toString()).contains("unemployment");
    if (count > 1) {
      var first = editor.get("/api/v1/claims?documentId=" + documentId + "&size=1");
      assertThat(first.get("hasNext").asBoolean()).isTrue();
    }
    assertThat(editor.get("/api/v1/claims?status=ACCEPTED&from=2000-01-01&to=2100-01-01").status())
        .isEqualTo(200);
  }

  @Test
  void an_editor_merges_and_splits_claims() {
    long kept = ApiFixtures.ingest(editor).get("claimIds").get(0).asLong();
    long merged = ApiFixtures.ingest(editor).get("claimIds").get(0).asLong();
    var keptClaim = editor.get("/api/v1/claims/" + kept);
    var answer =
        editor.post(
            "/api/v1/claims/" + kept + "/merge",
            Map.of("mergedClaimId", merged, "expectedVersion", keptClaim.version()));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(editor.get("/api/v1/claims/" + kept).get("appearances").size()).isEqualTo(2);
    var gone = editor.get("/api/v1/claims/" + merged);
    assertThat(gone.get("status").asString()).isEqualTo("DISMISSED");
    assertThat(gone.get("statusReason").asString()).isEqualTo("Merged into claim #" + kept);

    long itemId = editor.get("/api/v1/claims/" + kept).get("appearances").get(0).get("id").asLong();
    var split =
        editor.post(
            "/api/v1/claims/" + kept + "/split",
            Map.of(
                "itemId", itemId,
                "firstStatement", "Unemployment fell to 4.1 percent in October.",
                "secondStatement", "It is the lowest level in decades."));
    assertThat(split.status()).as(split.toString()).isEqualTo(200);
    long newClaim = split.get("claimId").asLong();
    assertThat(newClaim).isNotEqualTo(kept);
    assertThat(editor.get("/api/v1/claims/" + newClaim).get("statement").asString())
        .isEqualTo("It is the lowest level in decades.");
    var wrongItem =
        editor.post(
            "/api/v1/claims/" + merged + "/split",
            Map.of("itemId", itemId, "firstStatement", "a", "secondStatement", "b"));
    assertThat(wrongItem.status()).isEqualTo(404);
  }

  @Test
  void an_assignment_is_ended_and_the_claim_is_accepted_again() {
    JsonNode claim = ApiFixtures.acceptedClaim(editor);
    long id = claim.get("id").asLong();
    String reviewer = people.person("rita", Role.REVIEWER);
    var assigned =
        editor.put(
            "/api/v1/claims/" + id + "/assignment",
            Map.of("reviewer", reviewer, "dueDate", "2030-01-31"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(editor.get("/api/v1/claims/" + id).get("status").asString()).isEqualTo("ASSIGNED");
    var ended = editor.delete("/api/v1/claims/" + id + "/assignment");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.get("state").asString()).isEqualTo("CANCELLED");
    var after = editor.get("/api/v1/claims/" + id);
    assertThat(after.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(after.get("assignee").isNull()).isTrue();
    assertThat(after.get("assignment").isNull()).isTrue();
    assertThat(editor.delete("/api/v1/claims/" + id + "/assignment").status()).isEqualTo(400);
  }

  @Test
  void a_verdict_is_returned_and_a_published_one_retracted() {
    long id = ApiFixtures.acceptedClaim(editor).get("id").asLong();
    ApiClient second = people.client("erin", Role.EDITOR);
    var proposed =
        editor.post(
            "/api/v1/claims/" + id + "/verdicts",
            Map.of("rating", "TRUE", "summary", "Matches the statistics office"));
    var returned =
        second.post(
            "/api/v1/verdicts/" + proposed.id() + "/return", Map.of("comment", "Add the source."));
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    assertThat(returned.get("stateNote").asString()).isEqualTo("Add the source.");
    assertThat(editor.get("/api/v1/claims/" + id).get("status").asString()).isEqualTo("IN_REVIEW");

    var again =
        editor.post(
            "/api/v1/claims/" + id + "/verdicts",
            Map.of("rating", "MOSTLY_TRUE", "summary", "Matches, rounded"));
    assertThat(second.post("/api/v1/verdicts/" + again.id() + "/approve", null).status())
        .isEqualTo(200);
    assertThat(second.post("/api/v1/verdicts/" + again.id() + "/publish", null).status())
        .isEqualTo(200);
    var retracted =
        second.post(
            "/api/v1/verdicts/" + again.id() + "/retract",
            Map.of("reason", "The office withdrew the figure."));
    assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
    // A retraction is a proposal: the verdict stays in force until a second editor agrees.
    assertThat(retracted.get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(retracted.get("retractionBy").asString()).isNotBlank();
    assertThat(editor.get("/api/v1/claims/" + id).get("status").asString()).isEqualTo("PUBLISHED");
    var own = second.post("/api/v1/verdicts/" + again.id() + "/approve", null);
    assertThat(own.status()).as(own.toString()).isEqualTo(403);
    var agreed = editor.post("/api/v1/verdicts/" + again.id() + "/approve", null);
    assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    assertThat(agreed.get("state").asString()).isEqualTo("RETRACTED");
    assertThat(editor.get("/api/v1/claims/" + id).get("status").asString()).isEqualTo("REOPENED");
  }

  @Test
  void follow_ups_are_scheduled_listed_and_closed() {
    long id = ApiFixtures.acceptedClaim(editor).get("id").asLong();
    String reviewer = people.person("rita", Role.REVIEWER);
    var scheduled =
        editor.post(
            "/api/v1/claims/" + id + "/follow-ups",
            Map.of(
                "watchFor",
                "The October figure is revised",
                "dueDate",
                LocalDate.now().minusDays(1).toString(),
                "assignee",
                reviewer));
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
    long followUpId = scheduled.id();
    var overdue = editor.get("/api/v1/follow-ups?status=OPEN&overdue=true");
    assertThat(overdue.json().toString()).contains("The October figure is revised");
    var notOverdue = editor.get("/api/v1/follow-ups?overdue=false");
    assertThat(notOverdue.json().toString()).doesNotContain("The October figure is revised");
    var closed =
        editor.post(
            "/api/v1/follow-ups/" + followUpId + "/close", Map.of("outcome", "Not revised."));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.get("status").asString()).isEqualTo("DONE");
    assertThat(editor.get("/api/v1/follow-ups?status=DONE").json().toString())
        .contains("Not revised.");
    assertThat(editor.get("/api/v1/claims/" + id).get("followUps").size()).isEqualTo(1);
  }
}
