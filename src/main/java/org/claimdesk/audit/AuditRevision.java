package org.claimdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One audit revision: every change committed in one transaction, with who made it and why. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  // A sequence of its own: Envers' default shared sequence breaks on H2.
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
  @SequenceGenerator(
      name = "audit_revision_seq",
      sequenceName = "audit_revision_seq",
      allocationSize = 1)
  @RevisionNumber
  @Column(name = "id")
  private long id;

  @RevisionTimestamp
  @Column(name = "revision_timestamp", nullable = false)
  private long timestamp;

  @Column(name = "username", nullable = false, length = 64)
  private String username = AuditRevisionListener.SYSTEM;

  @Column(name = "reason", length = 1000)
  private @Nullable String reason;

  public long getId() {
    return id;
  }

  public Instant getTimestamp() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }

  public @Nullable String getReason() {
    return reason;
  }

  void setReason(@Nullable String reason) {
    this.reason = reason;
  }
}
