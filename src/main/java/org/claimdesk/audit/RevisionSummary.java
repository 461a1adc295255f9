package org.claimdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit revision: who changed something, when, and the reason they gave. */
public record RevisionSummary(long id, Instant at, String username, @Nullable String reason) {

  static RevisionSummary of(AuditRevision r) {
    return new RevisionSummary(r.getId(), r.getTimestamp(), r.getUsername(), r.getReason());
  }
}
