package org.claimdesk.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.notifications.NotificationKind;
import org.claimdesk.notifications.NotificationService;
import org.claimdesk.notifications.NotificationSummary;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Due dates by check-worthiness band, handing an assignment back, and the desk's auto-assign switch
 * with its sweep, on a database of their own (the sweep assigns every waiting claim).
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "claimdesk.test.database=due-dates-hand-back",
      "claimdesk.assignments.due.default=3",
      "claimdesk.assignments.due.high=1",
      "claimdesk.assignments.due.low=6"
    })
class DueDatesHandBackAndSweepTest {

  @Autowired ApplicationContext context;
  @Autowired AssignmentService assignments;
  @Autowired AssignmentSweep sweep;
  @Autowired ClaimService claims;
  @Autowired NotificationService notifications;
  @Autowired AuditService audit;
  @Autowired DueDates dueDates;

  private static int days(double checkworthiness) {
    return switch (DueDates.band(checkworthiness)) {
      case "high" -> 1;
      case "medium" -> 3;
      default -> 6;
    };
  }

  @Test
  void the_bands_turnaround_is_configured_and_the_medium_band_falls_back_to_the_default() {
    assertThat(dueDates.turnaround(0.9)).isEqualTo(1);
    assertThat(dueDates.turnaround(0.5)).isEqualTo(3);
    assertThat(dueDates.turnaround(0.1)).isEqualTo(6);
  }

  @Test
  void an_assignment_without_a_due_date_gets_the_turnaround_of_the_claims_band() {
    DeskScenario desk = new DeskScenario(context);
    long id = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    ClaimSummary claim = desk.claim(id);
    AssignmentSummary a =
        SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () -> assignments.assign(id, claim.version(), desk.people.otherReviewer(), null));
    assertThat(a.dueDate()).isEqualTo(DeskTime.today().plusDays(days(claim.checkworthiness())));
    assertThat(desk.claim(id).dueDate()).isEqualTo(a.dueDate());
  }

  @Test
  void a_due_date_given_by_the_editor_is_kept_and_a_past_one_is_refused() {
    DeskScenario desk = new DeskScenario(context);
    long id = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    LocalDate due = DeskTime.today().plusDays(9);
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> {
          assertThatThrownBy(
                  () ->
                      assignments.assign(
                          id,
                          desk.version(id),
                          desk.people.reviewer(),
                          DeskTime.today().minusDays(1)))
              .isInstanceOf(UserFacingException.class)
              .hasMessageContaining("has already passed");
          assertThat(
                  assignments.assign(id, desk.version(id), desk.people.reviewer(), due).dueDate())
              .isEqualTo(due);
        });
  }

  @Test
  void a_reviewer_hands_a_claim_back_with_a_reason_the_editor_is_told_and_the_history_keeps_it() {
    DeskScenario desk = new DeskScenario(context);
    long id = desk.claimIn(ClaimStatus.ASSIGNED).claimId();
    String reviewer = desk.people.reviewer();

    SignedIn.as(
        desk.people.otherReviewer(),
        Role.REVIEWER,
        () ->
            assertThatThrownBy(() -> assignments.handBack(id, "Not mine"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not assigned to you"));
    SignedIn.as(
        reviewer,
        Role.REVIEWER,
        () ->
            assertThatThrownBy(() -> assignments.handBack(id, "  "))
                .isInstanceOf(UserFacingException.class));

    AssignmentSummary back =
        SignedIn.as(
            reviewer,
            Role.REVIEWER,
            () -> assignments.handBack(id, "I advised the minister's campaign in 2022."));
    assertThat(back.state()).isEqualTo(AssignmentState.HANDED_BACK);
    assertThat(back.endReason()).isEqualTo("I advised the minister's campaign in 2022.");

    ClaimSummary claim = desk.claim(id);
    assertThat(claim.status()).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(claim.assignee()).isNull();
    assertThat(SignedIn.as(reviewer, Role.REVIEWER, () -> assignments.mine())).isEmpty();

    List<NotificationSummary> editors =
        SignedIn.as(desk.people.editor(), Role.EDITOR, () -> notifications.mine(10));
    assertThat(editors)
        .filteredOn(n -> n.kind() == NotificationKind.HANDED_BACK)
        .extracting(NotificationSummary::message)
        .containsExactly(
            reviewer
                + " handed claim #"
                + id
                + " back: I advised the minister's campaign in 2022.");

    List<String> history =
        SignedIn.as(desk.people.editor(), Role.EDITOR, () -> audit.claimHistory(id)).stream()
            .map(h -> h.who() + " " + h.what())
            .toList();
    assertThat(history)
        .contains(
            "Test "
                + reviewer
                + " handed the claim back: I advised the minister's campaign in 2022.");
  }

  @Test
  void a_claim_handed_back_in_review_waits_for_the_next_reviewer_and_can_be_assigned_again() {
    DeskScenario desk = new DeskScenario(context);
    long id = desk.claimIn(ClaimStatus.IN_REVIEW).claimId();
    assertThat(desk.claim(id).assignee()).isEqualTo(desk.people.reviewer());
    SignedIn.as(
        desk.people.reviewer(),
        Role.REVIEWER,
        () -> assignments.handBack(id, "I am off sick for a week."));
    ClaimSummary waiting = desk.claim(id);
    assertThat(waiting.status()).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(waiting.assignee()).isNull();

    AssignmentSummary next =
        SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () -> assignments.assign(id, desk.version(id), desk.people.otherReviewer(), null));
    assertThat(next.reviewer()).isEqualTo(desk.people.otherReviewer());
    assertThat(desk.claim(id).status()).isEqualTo(ClaimStatus.ASSIGNED);
  }

  @Test
  void reassigning_and_ending_are_recorded_in_the_history() {
    DeskScenario desk = new DeskScenario(context);
    long id = desk.claimIn(ClaimStatus.ASSIGNED).claimId();
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> {
          assignments.assign(id, desk.version(id), desk.people.otherReviewer(), null);
          assignments.unassign(id);
        });
    List<String> what =
        SignedIn.as(desk.people.editor(), Role.EDITOR, () -> audit.claimHistory(id)).stream()
            .map(HistoryEntry::what)
            .toList();
    assertThat(what)
        .contains(
            "took the claim from Test " + desk.people.reviewer() + " (reassigned)",
            "ended Test " + desk.people.otherReviewer() + "'s assignment");
  }

  @Test
  void the_sweep_assigns_waiting_claims_only_while_the_desks_switch_is_on() {
    DeskScenario desk = new DeskScenario(context);
    long waiting = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () ->
            assertThatThrownBy(() -> assignments.setAutoAssignAccepted(true))
                .isInstanceOf(AccessDeniedException.class));
    assertThat(sweep.sweep()).isEmpty();
    assertThat(desk.claim(waiting).status()).isEqualTo(ClaimStatus.ACCEPTED);

    SignedIn.as(desk.people.admin(), Role.ADMIN, () -> assignments.setAutoAssignAccepted(true));
    try {
      assertThat(
              SignedIn.as(desk.people.reviewer(), Role.REVIEWER, assignments::autoAssignsAccepted))
          .isTrue();
      List<AssignmentOutcome> outcomes = sweep.sweep();
      assertThat(outcomes).extracting(AssignmentOutcome::claimId).contains(waiting);
      ClaimSummary after = desk.claim(waiting);
      assertThat(after.status()).isEqualTo(ClaimStatus.ASSIGNED);
      // Every scenario's reviewers are in this database; one of them has it now.
      assertThat(after.assignee()).isNotNull();
      // Nothing waits any more: the next sweep has nothing to do.
      assertThat(sweep.sweep()).extracting(AssignmentOutcome::claimId).doesNotContain(waiting);
    } finally {
      SignedIn.as(desk.people.admin(), Role.ADMIN, () -> assignments.setAutoAssignAccepted(false));
    }
  }
}
