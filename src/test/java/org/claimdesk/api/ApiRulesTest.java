package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The desk's rules hold through the API: roles, the second editor, stale versions, bad bodies. */
@ApiTest
class ApiRulesTest {

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
  void a_reviewer_cannot_work_on_a_claim_not_assigned_to_them() {
    long claimId = ApiFixtures.acceptedClaim(editor).get("id").asLong();
    ApiClient reviewer = people.client("rita", Role.REVIEWER);
    var proposed =
        reviewer.post(
            "/api/v1/claims/" + claimId + "/verdicts",
            Map.of("rating", "TRUE", "summary", "Looks right"));
    assertThat(proposed.status()).isEqualTo(403);
    assertThat(proposed.contentType()).startsWith("application/problem+json");
    assertThat(proposed.detail())
        .isEqualTo("Claim #" + claimId + " is not assigned to you: ask an editor to assign it.");
    var followUp =
        reviewer.post(
            "/api/v1/claims/" + claimId + "/follow-ups",
            Map.of("watchFor", "anything", "dueDate", "2030-01-01"));
    assertThat(followUp.status()).isEqualTo(403);
    assertThat(editor.get("/api/v1/claims/" + claimId).get("verdicts").size()).isZero();
  }

  @Test
  void the_author_of_a_verdict_cannot_approve_it() {
    long claimId = ApiFixtures.acceptedClaim(editor).get("id").asLong();
    var proposed =
        editor.post(
            "/api/v1/claims/" + claimId + "/verdicts",
            Map.of("rating", "TRUE", "summary", "Checked against the statistics office"));
    assertThat(proposed.status()).isEqualTo(201);
    var approved = editor.post("/api/v1/verdicts/" + proposed.id() + "/approve", null);
    assertThat(approved.status()).isEqualTo(403);
    assertThat(approved.detail())
        .isEqualTo("You wrote this verdict, so another editor has to approve it.");
    var claim = editor.get("/api/v1/claims/" + claimId);
    assertThat(claim.get("verdicts").get(0).get("state").asString()).isEqualTo("PROPOSED");
  }

  @Test
  void an_auditor_reads_everything_and_writes_nothing() {
    long claimId = ApiFixtures.acceptedClaim(editor).get("id").asLong();
    ApiClient auditor = people.client("audrey", Role.AUDITOR);
    assertThat(auditor.get("/api/v1/claims/" + claimId).status()).isEqualTo(200);
    assertThat(auditor.get("/api/v1/claims?status=ACCEPTED").status()).isEqualTo(200);
    List<ApiClient.Answer> writes =
        List.of(
            auditor.post("/api/v1/documents", Map.of("title", "Mine", "text", "Some text.")),
            auditor.post(
                "/api/v1/claims/" + claimId + "/status",
                Map.of("status", "DISMISSED", "reason", "no", "expectedVersion", 1)),
            auditor.post("/api/v1/sources", Map.of("kind", "OTHER", "title", "Mine")),
            auditor.put("/api/v1/claims/" + claimId + "/assignment", Map.of("reviewer", "admin")),
            auditor.post(
                "/api/v1/claims/" + claimId + "/verdicts",
                Map.of("rating", "TRUE", "summary", "x")),
            auditor.get("/api/v1/users"),
            auditor.post(
                "/api/v1/users",
                Map.of(
                    "username",
                    "sneaky",
                    "displayName",
                    "S",
                    "password",
                    "a long enough secret",
                    "roles",
                    List.of("ADMIN"))));
    assertThat(writes).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(403));
    assertThat(writes)
        .allSatisfy(
            a ->
                assertThat(a.detail())
                    .isEqualTo("Your role does not allow this. Ask an editor or an admin."));
    assertThat(editor.get("/api/v1/claims/" + claimId).get("status").asString())
        .isEqualTo("ACCEPTED");
  }

  @Test
  void a_stale_version_gets_409_and_changes_nothing() {
    JsonNode claim = ApiFixtures.acceptedClaim(editor);
    long id = claim.get("id").asLong();
    long seen = claim.get("version").asLong();
    ApiClient other = people.client("erin", Role.EDITOR);
    var first =
        other.patch(
            "/api/v1/claims/" + id, Map.of("statement", "Erin's wording", "expectedVersion", seen));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);

    var stale =
        editor.patch(
            "/api/v1/claims/" + id,
            Map.of("statement", "Eddie's wording", "expectedVersion", seen));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.detail()).startsWith("Somebody else has changed this claim.");
    var staleStatus =
        editor.post(
            "/api/v1/claims/" + id + "/status",
            Map.of("status", "DISMISSED", "reason", "duplicate", "expectedVersion", seen));
    assertThat(staleStatus.status()).isEqualTo(409);
    var staleAssign =
        editor.put(
            "/api/v1/claims/" + id + "/assignment",
            Map.of("reviewer", "admin", "expectedVersion", seen));
    assertThat(staleAssign.status()).isEqualTo(409);

    var now = editor.get("/api/v1/claims/" + id);
    assertThat(now.get("statement").asString()).isEqualTo("Erin's wording");
    assertThat(now.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(now.get("assignment").isNull()).isTrue();
    assertThat(now.version()).isEqualTo(first.version());
  }

  @Test
  void bad_bodies_get_4xx_problem_documents_that_name_the_field() {
    long claimId = ApiFixtures.acceptedClaim(editor).get("id").asLong();
    String status = "/api/v1/claims/" + claimId + "/status";

    var invalidJson = editor.send("POST", status, "{\"status\": \"ACCEPTED\",", "application/json");
    assertProblem(invalidJson, 400, "not valid JSON");

    var wrongType =
        editor.post(status, Map.of("status", "DISMISSED", "expectedVersion", "yesterday"));
    assertProblem(wrongType, 400, "'expectedVersion'");

    var wrongEnum = editor.post(status, Map.of("status", "FINISHED", "expectedVersion", 1));
    assertProblem(wrongEnum, 400, "'status'");
    assertThat(wrongEnum.detail()).contains("NEW, ACCEPTED, DISMISSED");

    var missing = editor.post(status, Map.of("status", "DISMISSED"));
    assertProblem(missing, 400, "'expectedVersion' is missing");

    var missingTitle = editor.post("/api/v1/documents", Map.of("text", "Some text to check."));
    assertProblem(missingTitle, 400, "Enter the title.");

    var notAnObject = editor.send("POST", status, "[1, 2]", "application/json");
    assertProblem(notAnObject, 400, "");

    var wrongMediaType = editor.send("POST", status, "status=ACCEPTED", "text/plain");
    assertProblem(wrongMediaType, 415, "application/json");

    var badDate = editor.get("/api/v1/claims?from=last-week");
    assertProblem(badDate, 400, "'from'");

    var tooBigPage = editor.get("/api/v1/claims?size=501");
    assertProblem(tooBigPage, 400, "'size'");

    var badSort = editor.get("/api/v1/claims?sort=password,desc");
    assertProblem(badSort, 400, "'sort'");

    var unknownClaim = editor.get("/api/v1/claims/99999999");
    assertProblem(unknownClaim, 404, "There is no claim #99999999.");

    var unknownVerdict = editor.post("/api/v1/verdicts/99999999/publish", null);
    assertProblem(unknownVerdict, 404, "That verdict no longer exists.");

    var unknownPath = editor.get("/api/v1/nothing-here");
    assertProblem(unknownPath, 404, "no such address");
  }

  @Test
  void a_ten_megabyte_string_gets_413_and_a_long_field_a_400() {
    String tenMegabytes = "x".repeat(10 * 1024 * 1024);
    var huge = editor.post("/api/v1/documents", Map.of("title", "Huge", "text", tenMegabytes));
    assertProblem(huge, 413, "larger than 8 MB");

    var longStatement =
        editor.patch(
            "/api/v1/claims/" + ApiFixtures.acceptedClaim(editor).get("id").asLong(),
            Map.of("statement", "y".repeat(5000), "expectedVersion", 99));
    assertThat(longStatement.status()).isIn(400, 409);
    var longTitle =
        editor.post("/api/v1/documents", Map.of("title", "t".repeat(600), "text", "Some text."));
    assertProblem(longTitle, 400, "The title is too long");
  }

  @Test
  void html_in_every_field_is_refused_or_kept_as_plain_text_never_a_500() {
    String html = "<script>alert('x')</script><b>bold</b>";
    Map<String, Object> everywhere = new LinkedHashMap<>();
    for (String field :
        List.of(
            "title",
            "outlet",
            "url",
            "publishedDate",
            "text",
            "format",
            "status",
            "reason",
            "expectedVersion",
            "statement",
            "speaker",
            "rating",
            "summary",
            "rationale",
            "kind",
            "sourceId",
            "stance",
            "excerpt",
            "note",
            "watchFor",
            "dueDate",
            "assignee",
            "reviewer",
            "username",
            "displayName",
            "password",
            "roles",
            "comment")) {
      everywhere.put(field, html);
    }
    JsonNode claim = ApiFixtures.acceptedClaim(editor);
    long id = claim.get("id").asLong();
    ApiClient admin = people.adminClient();
    List<ApiClient.Answer> answers =
        List.of(
            editor.post("/api/v1/documents", everywhere),
            editor.post("/api/v1/extract", everywhere),
            editor.patch("/api/v1/claims/" + id, everywhere),
            editor.post("/api/v1/claims/" + id + "/status", everywhere),
            editor.post("/api/v1/claims/" + id + "/merge", everywhere),
            editor.post("/api/v1/claims/" + id + "/split", everywhere),
            editor.put("/api/v1/claims/" + id + "/assignment", everywhere),
            editor.post("/api/v1/sources", everywhere),
            editor.post("/api/v1/claims/" + id + "/evidence", everywhere),
            editor.post("/api/v1/claims/" + id + "/verdicts", everywhere),
            editor.post("/api/v1/claims/" + id + "/follow-ups", everywhere),
            admin.post("/api/v1/users", everywhere));
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.toString()).isBetween(400, 499);
              assertThat(a.contentType()).startsWith("application/problem+json");
              assertThat(a.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
            });

    // Where HTML is just text, it is stored and returned as that text, never interpreted.
    var note =
        editor.post(
            "/api/v1/claims/" + id + "/status",
            Map.of(
                "status",
                "DISMISSED",
                "reason",
                html,
                "expectedVersion",
                claim.get("version").asLong()));
    assertThat(note.status()).isEqualTo(200);
    assertThat(note.get("statusReason").asString()).isEqualTo(html);
  }

  private static void assertProblem(ApiClient.Answer answer, int status, String detail) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    assertThat(answer.detail()).as(answer.toString()).contains(detail);
    assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    assertThat(answer.raw().body()).doesNotContain("Exception");
  }
}
