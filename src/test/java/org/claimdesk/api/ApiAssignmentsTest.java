package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
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

/** Batch and automatic assignment, the workload and the people's work fields, through HTTP. */
@ApiTest
class ApiAssignmentsTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  private ApiPeople people;
  private ApiClient editor;
  private ApiClient admin;

  @BeforeEach
  void setUp() {
    people = new ApiPeople(users, tokens, port);
    editor = people.client("edna", Role.EDITOR);
    admin = people.adminClient();
  }

  /** An accepted claim from an English document whose text holds {@code word}. */
  private long acceptedClaimMentioning(String word) {
    long n = System.nanoTime();
    var ingested =
        editor.post(
            "/api/v1/documents",
            Map.of(
                "title",
                "Batch " + n,
                "outlet",
                "Batch Post",
                "text",
                "The minister said on Monday that "
                    + word
                    + " spending rose to 4.1 percent of GDP in 2024. Ref "
                    + n
                    + "."));
    assertThat(ingested.status()).as(ingested.toString()).isEqualTo(201);
    long claimId = ingested.get("claimIds").get(0).asLong();
    var claim = editor.get("/api/v1/claims/" + claimId);
    var accepted =
        editor.post(
            "/api/v1/claims/" + claimId + "/status",
            Map.of("status", "ACCEPTED", "expectedVersion", claim.version()));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return claimId;
  }

  private String reviewerOnBeat(String prefix, String beat) {
    String name = people.person(prefix, Role.REVIEWER);
    var changed =
        admin.patch(
            "/api/v1/users/" + name,
            Map.of("languages", List.of("en", "FR"), "beats", List.of(beat), "capacity", 5));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.get("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
    assertThat(changed.get("beats").toString()).isEqualTo("[\"" + beat + "\"]");
    assertThat(changed.get("capacity").asInt()).isEqualTo(5);
    assertThat(changed.get("awayUntil").isNull()).isTrue();
    return name;
  }

  @Test
  void automatic_assignment_skips_an_away_reviewer_and_says_why_a_claim_got_nobody() {
    String beat = "zanthium" + System.nanoTime() % 100_000;
    String away = reviewerOnBeat("aaron", beat);
    String present = reviewerOnBeat("zara", beat);
    var marked =
        admin.patch(
            "/api/v1/users/" + away, Map.of("awayUntil", LocalDate.now().plusDays(3).toString()));
    assertThat(marked.get("awayUntil").asString())
        .isEqualTo(LocalDate.now().plusDays(3).toString());
    long first = acceptedClaimMentioning(beat);
    long second = acceptedClaimMentioning(beat);
    long fresh = ApiFixtures.ingest(editor).get("claimIds").get(0).asLong();

    var answer =
        editor.post(
            "/api/v1/assignments", Map.of("claimIds", List.of(first, second, fresh), "auto", true));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.get("assigned").asInt()).isEqualTo(2);
    assertThat(answer.get("unassigned").asInt()).isEqualTo(1);
    Map<Long, JsonNode> byClaim = new HashMap<>();
    answer.get("results").forEach(r -> byClaim.put(r.get("claimId").asLong(), r));
    assertThat(byClaim.get(first).get("reviewer").asString()).isEqualTo(present);
    assertThat(byClaim.get(second).get("reviewer").asString()).isEqualTo(present);
    assertThat(byClaim.get(first).get("dueDate").asString())
        .isEqualTo(LocalDate.now().plusDays(2).toString());
    assertThat(byClaim.get(fresh).get("reviewer").isNull()).isTrue();
    assertThat(byClaim.get(fresh).get("reason").asString())
        .contains("is new: only accepted or reopened claims are assigned");
    assertThat(editor.get("/api/v1/claims/" + first).get("assignee").asString()).isEqualTo(present);

    // Back from being away: available again, and the lighter of the two.
    var back =
        admin.patch("/api/v1/users/" + away, java.util.Collections.singletonMap("awayUntil", null));
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.get("awayUntil").isNull()).isTrue();
    long third = acceptedClaimMentioning(beat);
    var again =
        editor.post("/api/v1/assignments", Map.of("claimIds", List.of(third), "auto", true));
    assertThat(again.get("results").get(0).get("reviewer").asString()).isEqualTo(away);

    var workload = editor.get("/api/v1/workload");
    assertThat(workload.status()).isEqualTo(200);
    JsonNode row = null;
    for (JsonNode r : workload.json()) {
      if (r.get("username").asString().equals(present)) {
        row = r;
      }
    }
    assertThat(row).as(workload.toString()).isNotNull();
    assertThat(row.get("open").asInt()).isEqualTo(2);
    assertThat(row.get("dueToday").asInt()).isZero();
    assertThat(row.get("overdue").asInt()).isZero();
    assertThat(row.get("capacity").asInt()).isEqualTo(5);
  }

  @Test
  void a_batch_goes_to_one_reviewer_with_its_due_date() {
    String reviewer = people.person("rex", Role.REVIEWER);
    long a = acceptedClaimMentioning("harbour");
    long b = acceptedClaimMentioning("harbour");
    String today = LocalDate.now().toString();
    var answer =
        editor.post(
            "/api/v1/assignments",
            Map.of("claimIds", List.of(a, b), "reviewer", reviewer, "dueDate", today));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.get("assigned").asInt()).isEqualTo(2);
    var again =
        editor.post("/api/v1/assignments", Map.of("claimIds", List.of(a), "reviewer", reviewer));
    assertThat(again.get("results").get(0).get("reason").asString())
        .isEqualTo("Claim #" + a + " is already assigned to " + reviewer + ".");
    var workload = editor.get("/api/v1/workload");
    boolean found = false;
    for (JsonNode r : workload.json()) {
      if (r.get("username").asString().equals(reviewer)) {
        found = true;
        assertThat(r.get("open").asInt()).isEqualTo(2);
        assertThat(r.get("dueToday").asInt()).isEqualTo(2);
        assertThat(r.get("capacity").asInt()).isEqualTo(10);
      }
    }
    assertThat(found).isTrue();

    var inbox =
        ApiClient.withToken(port, people.tokenOf(reviewer, Role.REVIEWER))
            .get("/api/v1/me/notifications");
    assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
    assertThat(inbox.get("unread").asInt()).isEqualTo(2);
    assertThat(inbox.get("notifications").get(0).get("message").asString())
        .isEqualTo("Claim #" + b + " was assigned to you, due " + today + ".");
    assertThat(inbox.get("notifications").get(0).get("kind").asString()).isEqualTo("ASSIGNED");
  }

  @Test
  void a_reviewer_sets_their_own_beats_and_availability_but_not_their_capacity() {
    String name = people.person("mia", Role.REVIEWER);
    ApiClient me = ApiClient.withToken(port, people.tokenOf(name, Role.REVIEWER));
    String friday = LocalDate.now().plusDays(4).toString();
    var changed = me.patch("/api/v1/me", Map.of("beats", List.of("Ukraine"), "awayUntil", friday));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.get("beats").toString()).isEqualTo("[\"Ukraine\"]");
    assertThat(changed.get("awayUntil").asString()).isEqualTo(friday);
    var back = me.patch("/api/v1/me", java.util.Collections.singletonMap("awayUntil", null));
    assertThat(back.get("awayUntil").isNull()).isTrue();
    assertThat(back.get("beats").toString()).isEqualTo("[\"Ukraine\"]");
    var past = me.patch("/api/v1/me", Map.of("awayUntil", "2020-01-01"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.get("detail").asString()).contains("in the past");
    assertThat(me.patch("/api/v1/users/" + name, Map.of("capacity", 50)).status()).isEqualTo(403);
  }

  @Test
  void bad_requests_get_problem_documents_and_reviewers_are_refused() {
    var neither = editor.post("/api/v1/assignments", Map.of("claimIds", List.of(1)));
    assertThat(neither.status()).isEqualTo(400);
    assertThat(neither.raw().headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(neither.get("detail").asString()).contains("either 'reviewer'");
    var noIds = editor.post("/api/v1/assignments", Map.of("auto", true));
    assertThat(noIds.status()).isEqualTo(400);
    assertThat(noIds.get("detail").asString()).contains("claimIds");
    var badLanguage =
        admin.patch(
            "/api/v1/users/" + people.person("lex", Role.REVIEWER),
            Map.of("languages", List.of("English")));
    assertThat(badLanguage.status()).isEqualTo(400);
    assertThat(badLanguage.get("detail").asString()).contains("ISO 639");
    ApiClient reviewer = people.client("rory", Role.REVIEWER);
    assertThat(
            reviewer
                .post("/api/v1/assignments", Map.of("claimIds", List.of(1), "auto", true))
                .status())
        .isEqualTo(403);
    assertThat(reviewer.get("/api/v1/workload").status()).isEqualTo(403);
  }

  @Test
  void the_reviewer_hands_a_claim_back_with_a_reason_and_the_editor_hears_of_it() {
    String reviewer = people.person("hal", Role.REVIEWER);
    long claim = acceptedClaimMentioning("lighthouse");
    var assigned =
        editor.post(
            "/api/v1/assignments", Map.of("claimIds", List.of(claim), "reviewer", reviewer));
    assertThat(assigned.get("assigned").asInt()).isEqualTo(1);
    // No due date given: the desk's turnaround for the claim's band (2 days by default).
    assertThat(assigned.get("results").get(0).get("dueDate").asString())
        .isEqualTo(LocalDate.now().plusDays(2).toString());

    ApiClient me = ApiClient.withToken(port, people.tokenOf(reviewer, Role.REVIEWER));
    var noReason =
        me.post("/api/v1/claims/" + claim + "/assignment/hand-back", Map.of("reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    var back =
        me.post(
            "/api/v1/claims/" + claim + "/assignment/hand-back",
            Map.of("reason", "I wrote the original story."));
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.get("state").asString()).isEqualTo("HANDED_BACK");
    assertThat(back.get("endReason").asString()).isEqualTo("I wrote the original story.");
    assertThat(editor.get("/api/v1/claims/" + claim).get("status").asString())
        .isEqualTo("ACCEPTED");
    var again =
        me.post("/api/v1/claims/" + claim + "/assignment/hand-back", Map.of("reason", "again"));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.get("detail").asString()).contains("not assigned to you");

    var inbox = editor.get("/api/v1/me/notifications");
    assertThat(inbox.get("notifications").get(0).get("kind").asString()).isEqualTo("HANDED_BACK");
    assertThat(inbox.get("notifications").get(0).get("message").asString())
        .isEqualTo(reviewer + " handed claim #" + claim + " back: I wrote the original story.");
  }

  @Test
  void admins_switch_auto_assignment_and_editors_record_conflicts_of_interest() {
    assertThat(editor.get("/api/v1/assignments/settings").get("autoAssignAccepted").asBoolean())
        .isFalse();
    assertThat(
            editor.put("/api/v1/assignments/settings", Map.of("autoAssignAccepted", true)).status())
        .isEqualTo(403);
    var on = admin.put("/api/v1/assignments/settings", Map.of("autoAssignAccepted", true));
    assertThat(on.status()).as(on.toString()).isEqualTo(200);
    assertThat(on.get("autoAssignAccepted").asBoolean()).isTrue();
    assertThat(
            admin
                .put("/api/v1/assignments/settings", Map.of("autoAssignAccepted", false))
                .get("autoAssignAccepted")
                .asBoolean())
        .isFalse();

    String reviewer = people.person("cory", Role.REVIEWER);
    var declared =
        editor.post(
            "/api/v1/reviewers/" + reviewer + "/conflicts", Map.of("party", "Daily Planet"));
    assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
    assertThat(declared.json().toString()).isEqualTo("[\"Daily Planet\"]");
    assertThat(editor.get("/api/v1/reviewers/" + reviewer + "/conflicts").json().toString())
        .isEqualTo("[\"Daily Planet\"]");
    var withdrawn =
        editor.delete("/api/v1/reviewers/" + reviewer + "/conflicts?party=daily%20planet");
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().toString()).isEqualTo("[]");
    assertThat(
            editor.post("/api/v1/reviewers/nobody-here/conflicts", Map.of("party", "X")).status())
        .isEqualTo(400);
  }
}
