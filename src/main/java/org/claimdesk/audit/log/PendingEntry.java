package org.claimdesk.audit.log;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An entry waiting for its seq, time and prev, which it gets when it is appended. */
public record PendingEntry(
    String actor,
    @Nullable String reason,
    LogEntry.Kind kind,
    @Nullable String entity,
    @Nullable String entityId,
    String change,
    @Nullable Long revision,
    @Nullable Long claimId,
    @Nullable Long documentId,
    Map<String, Object> fields,
    Map<String, Object> before) {

  /** A security event such as a sign-in, with what it concerns in {@code fields}. */
  public static PendingEntry security(
      String actor, String event, @Nullable String subject, Map<String, Object> details) {
    return new PendingEntry(
        actor,
        null,
        LogEntry.Kind.SECURITY,
        "Security",
        subject,
        event,
        null,
        null,
        null,
        details,
        Map.of());
  }
}
