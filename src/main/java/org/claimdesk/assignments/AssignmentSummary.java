package org.claimdesk.assignments;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An assignment of a reviewer to a claim. */
public record AssignmentSummary(
    long id,
    long claimId,
    String reviewer,
    String assignedBy,
    Instant assignedAt,
    @Nullable LocalDate dueDate,
    AssignmentState state,
    @Nullable String endReason) {

  static AssignmentSummary of(Assignment a) {
    return new AssignmentSummary(
        a.getId() == null ? 0 : a.getId(),
        a.getClaimId(),
        a.getReviewer(),
        a.getAssignedBy(),
        a.getAssignedAt(),
        a.getDueDate(),
        a.getState(),
        a.getEndReason());
  }
}
