package org.claimdesk;

import org.claimdesk.support.IntegrationTest;

/** The persistence contract on the embedded default database, H2. */
@IntegrationTest
class H2PersistenceTest extends PersistenceContract {}
