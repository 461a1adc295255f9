package org.claimdesk.search;

import org.claimdesk.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The index follows the claims through the outbox tables (several nodes' coordination) on H2, which
 * also checks the tables of V0060 against what Hibernate Search expects.
 */
@IntegrationTest
@TestPropertySource(properties = "claimdesk.search.coordination=outbox-polling")
class OutboxH2ClaimIndexTest extends ClaimIndexContract {}
