package org.claimdesk.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the audit log: by person (username), claim, document, kind of change (an entity such
 * as "Verdict", a change such as "MOD", or a security event such as "SIGN_IN") and dates.
 */
public record AuditQuery(
    @Nullable String person,
    @Nullable Long claimId,
    @Nullable Long documentId,
    @Nullable String kind,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null);
  }
}
