package org.claimdesk.desk;

import org.claimdesk.support.IntegrationTest;

/** The editorial rules on the embedded default database, H2. */
@IntegrationTest
class H2EditorialRulesTest extends EditorialRulesContract {}
