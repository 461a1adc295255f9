package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The seed flow through the API alone, on H2. */
@ApiTest
class ApiSeedFlowTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;

  @Test
  void the_desk_walks_the_geneva_sample_from_ingest_to_correction_through_the_api() {
    ApiClient admin = new ApiPeople(users, tokens, port).adminClient();
    // A sample line changed so that this text is new to the shared test database.
    String text = SeedFlow.sample() + "\n\nFiled " + System.nanoTime() + ".";
    SeedFlow.walk(port, admin, text);

    var again =
        admin.post("/api/v1/documents", Map.of("title", "Geneva talks again", "text", text));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.detail()).contains("already in ClaimDesk as 'Geneva talks'");
    assertThat(again.get("existingId").asLong()).isPositive();
  }
}
