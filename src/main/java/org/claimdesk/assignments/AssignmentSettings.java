package org.claimdesk.assignments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** The desk's assignment settings: one row, written by the migration, changed by admins. */
@Entity
@Table(name = "assignment_settings")
@Audited
class AssignmentSettings extends AbstractEntity {

  static final long THE_DESK = 1L;

  @Id
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "auto_assign_accepted", nullable = false)
  private boolean autoAssignAccepted;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy = "";

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt = Instant.now();

  protected AssignmentSettings() {}

  @Override
  public @Nullable Long getId() {
    return id;
  }

  boolean isAutoAssignAccepted() {
    return autoAssignAccepted;
  }

  void setAutoAssignAccepted(boolean on, String by) {
    this.autoAssignAccepted = on;
    this.changedBy = by;
    this.changedAt = Instant.now();
  }
}
