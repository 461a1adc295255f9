package org.claimdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Assigned to you": stored for the reviewer, counted until read, private to them. */
@IntegrationTest
class NotificationsTest {

  @Autowired ApplicationContext context;
  @Autowired NotificationService notifications;
  @Autowired AssignmentService assignments;

  @Test
  void an_assignment_tells_the_reviewer_and_only_them_until_they_read_it() {
    DeskScenario desk = new DeskScenario(context);
    long claim = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    LocalDate due = LocalDate.now().plusDays(2);
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> assignments.assignAll(List.of(claim), desk.people.otherReviewer(), due));

    String reviewer = desk.people.otherReviewer();
    List<NotificationSummary> mine =
        SignedIn.as(reviewer, Role.REVIEWER, () -> notifications.mine(10));
    assertThat(mine)
        .extracting(NotificationSummary::message)
        .containsExactly("Claim #" + claim + " was assigned to you, due " + due + ".");
    assertThat(mine.getFirst().claimId()).isEqualTo(claim);
    assertThat(mine.getFirst().read()).isFalse();
    assertThat(SignedIn.as(reviewer, Role.REVIEWER, () -> notifications.unreadCount()))
        .isEqualTo(1);

    // Nobody else sees it or can mark it read.
    String other = desk.people.reviewer();
    assertThat(SignedIn.as(other, Role.REVIEWER, () -> notifications.mine(10))).isEmpty();
    long id = mine.getFirst().id();
    SignedIn.as(
        other,
        Role.REVIEWER,
        () ->
            assertThatThrownBy(() -> notifications.markRead(id))
                .isInstanceOf(UserFacingException.class));

    assertThat(SignedIn.as(reviewer, Role.REVIEWER, () -> notifications.markRead(id)).read())
        .isTrue();
    assertThat(SignedIn.as(reviewer, Role.REVIEWER, () -> notifications.unreadCount())).isZero();
  }
}
