package org.claimdesk.search;

import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The index follows the claims through the outbox tables on a real PostgreSQL server. */
@IntegrationTest
@TestPropertySource(properties = "claimdesk.search.coordination=outbox-polling")
class OutboxPostgresClaimIndexTest extends ClaimIndexContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }
}
