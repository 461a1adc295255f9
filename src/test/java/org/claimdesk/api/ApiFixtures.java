package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Documents and claims made through the API for a test. */
final class ApiFixtures {

  private ApiFixtures() {}

  /** Ingests a short unique article with two statements; answers the ingest's JSON. */
  static ApiClient.Answer ingest(ApiClient editor) {
    long n = System.nanoTime();
    String text =
        "GENEVA, Nov. 23 -- The health minister said on Monday that unemployment fell to 4.1"
            + " percent in October, the lowest level in "
            + (n % 90 + 10)
            + " years.\n\nOfficials said the government would spend 2 billion francs on new"
            + " hospitals by 2027, according to a statement released on Sunday. Ref "
            + n
            + ".";
    var answer =
        editor.post(
            "/api/v1/documents",
            Map.of("title", "Fixture " + n, "outlet", "Fixture Post", "text", text));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.get("items").size()).as(answer.toString()).isGreaterThanOrEqualTo(1);
    return answer;
  }

  /** A claim from a fresh document, accepted; answers the claim's JSON. */
  static JsonNode acceptedClaim(ApiClient editor) {
    long claimId = ingest(editor).get("claimIds").get(0).asLong();
    var claim = editor.get("/api/v1/claims/" + claimId);
    var accepted =
        editor.post(
            "/api/v1/claims/" + claimId + "/status",
            Map.of("status", "ACCEPTED", "expectedVersion", claim.version()));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return accepted.json();
  }
}
