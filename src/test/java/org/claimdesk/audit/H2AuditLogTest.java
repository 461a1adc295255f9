package org.claimdesk.audit;

import org.claimdesk.support.IntegrationTest;

/** The audit log contract on the embedded default database, H2. */
@IntegrationTest
class H2AuditLogTest extends AuditLogContract {}
