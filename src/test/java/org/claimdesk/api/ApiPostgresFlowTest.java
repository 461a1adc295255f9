package org.claimdesk.api;

import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The document, claim and verdict flow through the API on a real PostgreSQL server. */
@ApiTest
class ApiPostgresFlowTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Test
  void the_seed_flow_runs_through_the_api_on_postgresql() {
    SeedFlow.walk(port, new ApiPeople(users, tokens, port).adminClient(), SeedFlow.sample());
  }
}
