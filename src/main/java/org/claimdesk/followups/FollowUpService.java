package org.claimdesk.followups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Role;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups: what to re-check on a claim, by when, and what came of it. */
@Service
@Transactional
public class FollowUpService {

  /** How long the same follow-up from the same person counts as a repeated click. */
  static final Duration REPEAT_WINDOW = Duration.ofSeconds(10);

  private final FollowUpRepository followUps;
  private final Clock clock = Clock.systemDefaultZone();

  private final ClaimService claims;
  private final UserService users;

  FollowUpService(FollowUpRepository followUps, ClaimService claims, UserService users) {
    this.followUps = followUps;
    this.claims = claims;
    this.users = users;
  }

  @PreAuthorize(Roles.IS_REVIEWER)
  public FollowUpSummary schedule(
      long claimId, String watchFor, LocalDate dueDate, @Nullable String assignee) {
    claims.checkCanWorkOn(claimId);
    if (dueDate == null) {
      throw new UserFacingException("Pick a due date for the follow-up.");
    }
    String what = TextInput.required(watchFor, "what to watch for", 1000);
    String who = checkedAssignee(assignee);
    String by = CurrentUser.require();
    boolean twice =
        followUps
            .findByClaimIdAndCreatedByAndCreatedAtAfter(
                claimId, by, Instant.now().minus(REPEAT_WINDOW))
            .stream()
            .anyMatch(
                f ->
                    f.getWatchFor().equals(what)
                        && f.getDueDate().equals(dueDate)
                        && Objects.equals(f.getAssignee(), who));
    if (twice) {
      throw new UserFacingException(
          "You have just scheduled this follow-up; it is in the list already.");
    }
    FollowUp followUp = new FollowUp(claimId, what, dueDate, who, by);
    return FollowUpSummary.of(followUps.saveAndFlush(followUp), today());
  }

  @PreAuthorize(Roles.IS_REVIEWER)
  public FollowUpSummary close(long followUpId, FollowUpStatus result, String outcome) {
    FollowUp followUp =
        followUps
            .findById(followUpId)
            .orElseThrow(() -> new UserFacingException("That follow-up no longer exists."));
    claims.checkCanWorkOn(followUp.getClaimId());
    followUp.close(result, TextInput.required(outcome, "outcome", 2000));
    return FollowUpSummary.of(followUp, today());
  }

  /** One page of the open follow-ups, soonest due first; the overdue ones are marked. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Slice<FollowUpSummary> open(Pageable page) {
    LocalDate today = today();
    return followUps
        .findByStatusOrderByDueDateAscIdAsc(FollowUpStatus.OPEN, page)
        .map(f -> FollowUpSummary.of(f, today));
  }

  /** One page of the overdue follow-ups, the longest overdue first. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Slice<FollowUpSummary> overdue(Pageable page) {
    LocalDate today = today();
    return followUps
        .findByStatusAndDueDateBeforeOrderByDueDateAscIdAsc(FollowUpStatus.OPEN, today, page)
        .map(f -> FollowUpSummary.of(f, today));
  }

  /** How many open follow-ups are past their due date. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public long countOverdue() {
    return followUps.countByStatusAndDueDateBefore(FollowUpStatus.OPEN, today());
  }

  /** One page of the follow-ups in a status, soonest due first. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Slice<FollowUpSummary> withStatus(FollowUpStatus status, Pageable page) {
    LocalDate today = today();
    return followUps
        .findByStatusOrderByDueDateAscIdAsc(status, page)
        .map(f -> FollowUpSummary.of(f, today));
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<FollowUpSummary> forClaim(long claimId) {
    LocalDate today = today();
    return followUps.findByClaimIdOrderByDueDateAsc(claimId).stream()
        .map(f -> FollowUpSummary.of(f, today))
        .toList();
  }

  /** A follow-up goes to someone who can do it: an active reviewer or editor. */
  private @Nullable String checkedAssignee(@Nullable String assignee) {
    String name = TextInput.optional(assignee, "assignee", 64);
    if (name == null) {
      return null;
    }
    UserSummary person =
        users
            .findByUsername(name)
            .filter(UserSummary::active)
            .orElseThrow(() -> new UserFacingException("There is no active user '" + name + "'."));
    if (!Role.granted(person.roles()).contains(Role.REVIEWER)) {
      throw new UserFacingException(
          person.displayName() + " has no reviewer or editor role, so cannot take a follow-up.");
    }
    return person.username();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
