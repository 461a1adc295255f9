package org.claimdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only audit log, read for the Audit page. Written only by {@link
 * org.claimdesk.audit.log.AuditStore#append}; Hibernate never updates or deletes it.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "entry_time", nullable = false)
  private Instant time;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "entity", length = 64)
  private @Nullable String entity;

  @Column(name = "entity_id", length = 64)
  private @Nullable String entityId;

  @Column(name = "change_type", nullable = false, length = 32)
  private String change;

  @Column(name = "revision_id")
  private @Nullable Long revisionId;

  @Column(name = "claim_id")
  private @Nullable Long claimId;

  @Column(name = "document_id")
  private @Nullable Long documentId;

  @Column(name = "reason", length = 1000)
  private @Nullable String reason;

  @Column(name = "canonical_json", nullable = false, length = 1000000)
  private String json;

  @Column(name = "leaf_hash", nullable = false, length = 64)
  private String leafHash;

  protected AuditEntry() {}

  long getSeq() {
    return seq;
  }

  Instant getTime() {
    return time;
  }

  String getActor() {
    return actor;
  }

  String getKind() {
    return kind;
  }

  @Nullable String getEntity() {
    return entity;
  }

  @Nullable String getEntityId() {
    return entityId;
  }

  String getChange() {
    return change;
  }

  @Nullable Long getClaimId() {
    return claimId;
  }

  @Nullable Long getDocumentId() {
    return documentId;
  }

  @Nullable String getReason() {
    return reason;
  }

  String getJson() {
    return json;
  }

  String getLeafHash() {
    return leafHash;
  }
}
