package org.claimdesk.audit.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only audit log as it is hashed: its canonical JSON (RFC 8785), whose
 * UTF-8 bytes are the Merkle leaf. {@code prev} is the base64 leaf hash of the entry before (empty
 * for the first), so that a changed entry is caught at the next one.
 */
public record LogEntry(
    long seq,
    Instant time,
    String actor,
    @Nullable String reason,
    Kind kind,
    @Nullable String entity,
    @Nullable String entityId,
    String change,
    @Nullable Long revision,
    @Nullable Long claimId,
    @Nullable Long documentId,
    Map<String, Object> fields,
    Map<String, Object> before,
    String prev) {

  /** An edit of editorial data, or a security event. */
  public enum Kind {
    CHANGE,
    SECURITY
  }

  /** The canonical JSON line of the entry. */
  public String canonical() {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("seq", seq);
    json.put("time", time.toString());
    json.put("actor", actor);
    json.put("reason", reason);
    json.put("kind", kind.name().toLowerCase());
    json.put("entity", entity);
    json.put("entityId", entityId);
    json.put("change", change);
    json.put("revision", revision);
    json.put("claimId", claimId);
    json.put("documentId", documentId);
    json.put("fields", fields);
    json.put("before", before);
    json.put("prev", prev);
    return Jcs.canonicalize(json);
  }
}
