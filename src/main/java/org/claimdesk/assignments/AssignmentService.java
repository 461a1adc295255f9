package org.claimdesk.assignments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimdesk.claims.ClaimAssigned;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.ClaimUnassigned;
import org.claimdesk.claims.StaleClaimException;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Role;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who reviews which claim, by when; one active assignment per claim. */
@Service
@Transactional
public class AssignmentService {

  private final AssignmentRepository assignments;
  private final UserService users;
  private final ClaimService claims;
  private final ApplicationEventPublisher events;

  AssignmentService(
      AssignmentRepository assignments,
      UserService users,
      ClaimService claims,
      ApplicationEventPublisher events) {
    this.assignments = assignments;
    this.users = users;
    this.claims = claims;
    this.events = events;
  }

  /**
   * Assigns a reviewer, ending the claim's previous assignment if there was one. {@code
   * expectedVersion} is the claim's version the editor saw.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public AssignmentSummary assign(
      long claimId, long expectedVersion, String reviewer, @Nullable LocalDate dueDate) {
    ClaimSummary claim =
        claims
            .find(claimId)
            .orElseThrow(() -> new UserFacingException("That claim no longer exists."));
    if (claim.version() != expectedVersion) {
      throw new StaleClaimException();
    }
    if (dueDate != null && dueDate.isBefore(DeskTime.today())) {
      throw new UserFacingException(
          "The due date " + dueDate + " has already passed. Pick today or a later date.");
    }
    String who = TextInput.required(reviewer, "reviewer", 64);
    UserSummary person =
        users
            .findByUsername(who)
            .filter(UserSummary::active)
            .orElseThrow(
                () -> new UserFacingException("There is no active user '" + who + "' to assign."));
    if (!Role.granted(person.roles()).contains(Role.REVIEWER)) {
      throw new UserFacingException(
          person.displayName() + " has no reviewer or editor role, so cannot review claims.");
    }
    assignments
        .findByActiveClaimId(claimId)
        .ifPresent(
            previous -> {
              previous.end(AssignmentState.CANCELLED);
              assignments.flush();
            });
    Assignment saved =
        assignments.save(
            new Assignment(claimId, person.username(), CurrentUser.require(), dueDate));
    events.publishEvent(new ClaimAssigned(claimId, person.username(), dueDate));
    return AssignmentSummary.of(saved);
  }

  /**
   * Ends the claim's active assignment without a replacement; an assigned claim that nobody has
   * started on goes back to accepted.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public AssignmentSummary unassign(long claimId) {
    Assignment active =
        assignments
            .findByActiveClaimId(claimId)
            .orElseThrow(
                () -> new UserFacingException("Claim #" + claimId + " has no active assignment."));
    active.end(AssignmentState.CANCELLED);
    assignments.flush();
    events.publishEvent(new ClaimUnassigned(claimId));
    return AssignmentSummary.of(active);
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
