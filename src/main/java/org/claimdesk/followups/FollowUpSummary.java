package org.claimdesk.followups;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A follow-up as lists show it. */
public record FollowUpSummary(
    long id,
    long claimId,
    String watchFor,
    LocalDate dueDate,
    @Nullable String assignee,
    FollowUpStatus status,
    @Nullable String outcome,
    String createdBy,
    boolean overdue) {

  static FollowUpSummary of(FollowUp f, LocalDate today) {
    return new FollowUpSummary(
        f.getId() == null ? 0 : f.getId(),
        f.getClaimId(),
        f.getWatchFor(),
        f.getDueDate(),
        f.getAssignee(),
        f.getStatus(),
        f.getOutcome(),
        f.getCreatedBy(),
        f.isOverdue(today));
  }
}
