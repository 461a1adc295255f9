package org.claimdesk.search;

import org.claimdesk.support.IntegrationTest;

/** The index follows the claims on the embedded default database, H2. */
@IntegrationTest
class H2ClaimIndexTest extends ClaimIndexContract {}
