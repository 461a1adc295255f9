package org.claimdesk.assignments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who reviews which claim, by when; one active assignment per claim. */
@Service
@Transactional
public class AssignmentService {

  private final AssignmentRepository assignments;

  AssignmentService(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  /** Assigns a reviewer, ending the claim's previous assignment if there was one. */
  @PreAuthorize(Roles.IS_EDITOR)
  public AssignmentSummary assign(long claimId, String reviewer, @Nullable LocalDate dueDate) {
    String who = TextInput.required(reviewer, "reviewer", 64);
    assignments
        .findByActiveClaimId(claimId)
        .ifPresent(
            previous -> {
              previous.end(AssignmentState.CANCELLED);
              assignments.flush();
            });
    return AssignmentSummary.of(
        assignments.save(new Assignment(claimId, who, CurrentUser.require(), dueDate)));
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<AssignmentSummary> activeFor(long claimId) {
    return assignments.findByActiveClaimId(claimId).map(AssignmentSummary::of);
  }

  /** The signed-in person's open assignments, soonest due first. */
  @PreAuthorize(Roles.IS_REVIEWER)
  @Transactional(readOnly = true)
  public List<AssignmentSummary> mine() {
    return assignments
        .findByReviewerAndStateOrderByDueDateAsc(CurrentUser.require(), AssignmentState.ACTIVE)
        .stream()
        .map(AssignmentSummary::of)
        .toList();
  }
}
