package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Matching through the API: the ingest answer per item, POST /match and a claim's matches. */
@ApiTest
@org.springframework.test.context.TestPropertySource(
    properties = "claimdesk.matching.link-threshold=0.90")
class ApiMatchTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  private ApiClient editor;

  @BeforeEach
  void setUp() {
    editor = new ApiPeople(users, tokens, port).client("matcher", Role.EDITOR);
  }

  @Test
  void a_statement_seen_again_is_linked_in_the_ingest_answer_and_found_by_match() {
    String marker = "z" + System.nanoTime();
    String statement =
        "The regional health office said hospital waiting times fell by a third in 2024 in the"
            + " district of "
            + marker
            + ".";
    var first =
        editor.post("/api/v1/documents", Map.of("title", "Health " + marker, "text", statement));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long claimId = first.get("matches").get(0).get("claimId").asLong();
    assertThat(first.get("matches").get(0).get("linked").asBoolean()).isFalse();

    var second =
        editor.post(
            "/api/v1/documents",
            Map.of(
                "title",
                "Health again " + marker,
                "text",
                "Quoted again today: " + statement + " Nothing else was said."));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    var item = second.get("matches").get(0);
    assertThat(item.get("claimId").asLong()).isEqualTo(claimId);
    assertThat(item.get("linked").asBoolean()).isTrue();

    var found =
        editor.post(
            "/api/v1/match",
            Map.of("text", "Waiting times at hospitals in " + marker + " dropped by a third"));
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().get(0).get("claimId").asLong()).isEqualTo(claimId);
    assertThat(found.json().get(0).get("why").asString()).contains("Similarity");

    var matches = editor.get("/api/v1/claims/" + claimId + "/matches");
    assertThat(matches.status()).isEqualTo(200);
    assertThat(matches.json().toString()).doesNotContain("\"claimId\":" + claimId + ",");
  }

  @Test
  void bad_input_gets_a_problem_document() {
    var empty = editor.post("/api/v1/match", Map.of("text", "  "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.contentType()).contains("application/problem+json");
    var missing = editor.get("/api/v1/claims/987654321/matches");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).contains("application/problem+json");
    var unknown = editor.post("/api/v1/match-suggestions/987654321/reject", null);
    assertThat(unknown.status()).isBetween(400, 404);
    assertThat(unknown.contentType()).contains("application/problem+json");
  }
}
