package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A claim's life through the API: each claim carries {@code appearances}, {@code lastSeen} and
 * {@code resurfaced}; {@code resurfaced=true} filters the queue, {@code sort=appearances} and
 * {@code sort=lastSeen} sort it.
 */
@ApiTest
@org.springframework.test.context.TestPropertySource(
    properties = "claimdesk.matching.link-threshold=0.90")
class ApiClaimLifeTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired ApplicationContext context;

  @Test
  void a_claim_quoted_again_after_its_published_verdict_is_listed_as_resurfaced() {
    ApiClient editor = new ApiPeople(users, tokens, port).client("lifeapi", Role.EDITOR);
    DeskScenario desk = new DeskScenario(context);
    String marker = "q" + System.nanoTime();
    String statement =
        "The transport ministry said the new tunnel under the pass in "
            + marker
            + " will cut the journey to the coast by forty minutes.";
    var first =
        editor.post("/api/v1/documents", Map.of("title", "Tunnel " + marker, "text", statement));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long claimId = first.get("matches").get(0).get("claimId").asLong();
    JsonNode before = claimIn(editor.get("/api/v1/claims?q=" + marker), claimId);
    assertThat(before.get("appearances").asInt()).isEqualTo(1);
    assertThat(before.get("lastSeen").isNull()).isFalse();
    assertThat(before.get("resurfaced").asBoolean()).isFalse();

    desk.publishVerdict(claimId, Rating.MOSTLY_FALSE, "It saves twenty-five minutes");
    assertThat(ids(editor.get("/api/v1/claims?resurfaced=true&size=500"))).doesNotContain(claimId);

    var second =
        editor.post(
            "/api/v1/documents",
            Map.of("title", "Tunnel again " + marker, "text", "Repeated today: " + statement));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.get("matches").get(0).get("claimId").asLong()).isEqualTo(claimId);

    var resurfaced = editor.get("/api/v1/claims?resurfaced=true&sort=lastSeen,desc&size=500");
    assertThat(resurfaced.status()).as(resurfaced.toString()).isEqualTo(200);
    assertThat(ids(resurfaced)).contains(claimId);
    JsonNode after = claimIn(resurfaced, claimId);
    assertThat(after.get("appearances").asInt()).isEqualTo(2);
    assertThat(after.get("resurfaced").asBoolean()).isTrue();
    assertThat(java.time.Instant.parse(after.get("lastSeen").asString()))
        .isAfter(java.time.Instant.parse(before.get("lastSeen").asString()));
    assertThat(claimIn(editor.get("/api/v1/claims?resurfaced=true&q=" + marker), claimId))
        .as("also through the search index")
        .isNotNull();

    var detail = editor.get("/api/v1/claims/" + claimId);
    assertThat(detail.get("resurfaced").asBoolean()).isTrue();
    assertThat(detail.get("appearances").size()).isEqualTo(2);

    var byAppearances = editor.get("/api/v1/claims?sort=appearances,desc&size=50");
    assertThat(byAppearances.status()).as(byAppearances.toString()).isEqualTo(200);
    List<Integer> counts = new ArrayList<>();
    byAppearances.get("items").forEach(c -> counts.add(c.get("appearances").asInt()));
    assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(counts.getFirst()).isGreaterThanOrEqualTo(2);

    var badSort = editor.get("/api/v1/claims?sort=appearanceCount,desc");
    assertThat(badSort.status()).isEqualTo(400);
    assertThat(badSort.get("detail").asString()).contains("appearances", "lastSeen");
    var badFlag = editor.get("/api/v1/claims?resurfaced=maybe");
    assertThat(badFlag.status()).isEqualTo(400);
    assertThat(badFlag.contentType()).contains("application/problem+json");
  }

  private static List<Long> ids(ApiClient.Answer page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  private static JsonNode claimIn(ApiClient.Answer page, long claimId) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    for (JsonNode c : page.get("items")) {
      if (c.get("id").asLong() == claimId) {
        return c;
      }
    }
    throw new AssertionError("claim #" + claimId + " is not in " + page);
  }
}
