package org.claimdesk.followups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.claimdesk.shared.AbstractEntity;
import org.claimdesk.shared.UserFacingException;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Something to re-check on a claim by a date, e.g. "Russia has not yet responded". */
@Entity
@Table(name = "follow_up")
@Audited
public class FollowUp extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
  @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Column(name = "watch_for", nullable = false, length = 1000)
  private String watchFor;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "assignee", length = 64)
  private @Nullable String assignee;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private FollowUpStatus status = FollowUpStatus.OPEN;

  @Column(name = "outcome", length = 2000)
  private @Nullable String outcome;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "closed_at")
  private @Nullable Instant closedAt;

  protected FollowUp() {
    this.watchFor = "";
    this.dueDate = LocalDate.EPOCH;
    this.createdBy = "";
  }

  FollowUp(long claimId, String watchFor, LocalDate dueDate, @Nullable String assignee, String by) {
    this.claimId = claimId;
    this.watchFor = watchFor;
    this.dueDate = dueDate;
    this.assignee = assignee;
    this.createdBy = by;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public long getClaimId() {
    return claimId;
  }

  public String getWatchFor() {
    return watchFor;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public @Nullable String getAssignee() {
    return assignee;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public @Nullable String getOutcome() {
    return outcome;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getClosedAt() {
    return closedAt;
  }

  public boolean isOverdue(LocalDate today) {
    return status == FollowUpStatus.OPEN && dueDate.isBefore(today);
  }

  void moveTo(long otherClaimId) {
    this.claimId = otherClaimId;
  }

  void close(FollowUpStatus result, String outcome) {
    if (status != FollowUpStatus.OPEN) {
      throw new UserFacingException("This follow-up is already closed. Reload to see its outcome.");
    }
    if (result == FollowUpStatus.OPEN) {
      throw new UserFacingException("Close a follow-up as done or cancelled.");
    }
    this.status = result;
    this.outcome = outcome;
    this.closedAt = Instant.now();
  }
}
