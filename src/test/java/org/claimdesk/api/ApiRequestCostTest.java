package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.claimdesk.matching.BackgroundEmbedding;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What a script's requests cost the database: a token that worked a moment ago is not read again on
 * every request, and still an admin's change to its owner (roles, deactivation) or the token's
 * revocation holds for the very next request.
 */
@ApiTest
class ApiRequestCostTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired ApplicationContext context;

  private ApiPeople people;
  private Statistics statistics;

  @BeforeEach
  void setUp() {
    people = new ApiPeople(users, tokens, port);
    statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
  }

  @AfterEach
  void tearDown() {
    statistics.setStatisticsEnabled(false);
  }

  private long statementsOf(Runnable request) {
    BackgroundEmbedding.awaitIdle(context);
    statistics.clear();
    request.run();
    return statistics.getPrepareStatementCount();
  }

  @Test
  void repeated_requests_with_one_token_do_not_read_the_token_each_time() {
    ApiClient client = people.client("burst", Role.EDITOR);
    assertThat(client.get("/api/v1/me").status()).isEqualTo(200);

    // GET /me reads the account it shows, and nothing else: not the token, its owner, its roles.
    for (int i = 0; i < 3; i++) {
      long statements =
          statementsOf(() -> assertThat(client.get("/api/v1/me").status()).isEqualTo(200));
      assertThat(statements).as("statements of a repeated GET /me").isEqualTo(1);
    }
    long queue =
        statementsOf(() -> assertThat(client.get("/api/v1/claims").status()).isEqualTo(200));
    assertThat(queue).as("statements of a repeated GET /claims").isLessThanOrEqualTo(3);
  }

  @Test
  void a_role_given_or_taken_by_an_admin_holds_for_the_tokens_next_request() {
    String name = people.person("rolf", Role.EDITOR);
    ApiClient client = ApiClient.withToken(port, people.tokenOf(name, Role.EDITOR));
    ApiClient admin = people.adminClient();
    assertThat(client.get("/api/v1/users").status()).isEqualTo(403);
    assertThat(client.get("/api/v1/users").status()).isEqualTo(403);

    var promoted =
        admin.patch("/api/v1/users/" + name, Map.of("roles", List.of("EDITOR", "ADMIN")));
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(client.get("/api/v1/users").status()).isEqualTo(200);

    var demoted = admin.patch("/api/v1/users/" + name, Map.of("roles", List.of("AUDITOR")));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    assertThat(client.get("/api/v1/users").status()).isEqualTo(403);
  }

  @Test
  void a_token_used_a_moment_ago_stops_at_once_when_revoked_or_its_owner_is_deactivated() {
    String name = people.person("vera", Role.EDITOR);
    ApiClient first = ApiClient.withToken(port, people.tokenOf(name, Role.EDITOR));
    ApiClient second = ApiClient.withToken(port, people.tokenOf(name, Role.EDITOR));
    for (int i = 0; i < 3; i++) {
      assertThat(first.get("/api/v1/me").status()).isEqualTo(200);
      assertThat(second.get("/api/v1/me").status()).isEqualTo(200);
    }
    // The newest token first: the second one.
    long id = first.get("/api/v1/tokens").json().get(0).get("id").asLong();
    assertThat(first.delete("/api/v1/tokens/" + id).status()).isEqualTo(200);
    assertThat(second.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(first.get("/api/v1/me").status()).isEqualTo(200);

    var deactivated = people.adminClient().patch("/api/v1/users/" + name, Map.of("active", false));
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(first.get("/api/v1/me").status()).isEqualTo(401);
  }
}
