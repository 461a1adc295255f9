package org.claimdesk.assignments;

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
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A reviewer's assignment to a claim; a claim has at most one active assignment. */
@Entity
@Table(name = "assignment")
@Audited
public class Assignment extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
  @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  // Equal to claim_id while the assignment is active and null after: a unique column that lets
  // the database itself refuse a second active assignment, on H2 and PostgreSQL alike.
  @Column(name = "active_claim_id", unique = true)
  private @Nullable Long activeClaimId;

  @Column(name = "reviewer", nullable = false, length = 64)
  private String reviewer;

  @Column(name = "assigned_by", nullable = false, length = 64)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt = Instant.now();

  @Column(name = "due_date")
  private @Nullable LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private AssignmentState state = AssignmentState.ACTIVE;

  @Column(name = "ended_at")
  private @Nullable Instant endedAt;

  @Column(name = "ended_by", length = 64)
  private @Nullable String endedBy;

  /** Why the assignment ended: the reviewer's reason for handing it back, "reassigned to ...". */
  @Column(name = "end_reason", length = END_REASON_MAX_LENGTH)
  private @Nullable String endReason;

  static final int END_REASON_MAX_LENGTH = 1000;

  protected Assignment() {
    this.reviewer = "";
    this.assignedBy = "";
  }

  Assignment(long claimId, String reviewer, String assignedBy, @Nullable LocalDate dueDate) {
    this.claimId = claimId;
    this.activeClaimId = claimId;
    this.reviewer = reviewer;
    this.assignedBy = assignedBy;
    this.dueDate = dueDate;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public long getClaimId() {
    return claimId;
  }

  public String getReviewer() {
    return reviewer;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public @Nullable LocalDate getDueDate() {
    return dueDate;
  }

  public AssignmentState getState() {
    return state;
  }

  void end(AssignmentState endState) {
    end(endState, null, null);
  }

  void end(AssignmentState endState, @Nullable String by, @Nullable String reason) {
    this.state = endState;
    this.activeClaimId = null;
    this.endedAt = Instant.now();
    this.endedBy = by;
    this.endReason = reason;
  }

  /** Moves the due date of an active assignment. */
  void changeDueDate(@Nullable LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public @Nullable String getEndedBy() {
    return endedBy;
  }

  public @Nullable String getEndReason() {
    return endReason;
  }

  public @Nullable Instant getEndedAt() {
    return endedAt;
  }
}
