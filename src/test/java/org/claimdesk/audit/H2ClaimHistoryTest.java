package org.claimdesk.audit;

import org.claimdesk.support.IntegrationTest;

/** The claim history contract on the embedded default database, H2. */
@IntegrationTest
class H2ClaimHistoryTest extends ClaimHistoryContract {}
