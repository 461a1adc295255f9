package org.claimdesk.audit;

import java.time.Instant;

/** The result of checking the stored audit log against every signed checkpoint. */
public record AuditVerification(Instant checkedAt, boolean intact, long entries, String message) {}
