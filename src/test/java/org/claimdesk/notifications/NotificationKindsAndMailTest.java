package org.claimdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The notification kinds beyond "assigned to you": from the workflow (verdict returned, approved,
 * published), from the sweep (due tomorrow, overdue, follow-up due, each once), the 90-day purge,
 * and every notification e-mailed through a real SMTP server (GreenMail) when SMTP is configured.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "claimdesk.test.database=notification-kinds",
      "claimdesk.notifications.mail.to={username}@desk.test",
      "claimdesk.notifications.mail.from=claimdesk@desk.test",
      "claimdesk.notifications.mail.desk-address=https://desk.test/"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationKindsAndMailTest {

  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Autowired ApplicationContext context;
  @Autowired NotificationService notifications;
  @Autowired NotificationSweep sweep;
  @Autowired AssignmentService assignments;
  @Autowired VerdictService verdicts;
  @Autowired FollowUpService followUps;

  private List<NotificationSummary> of(String who, long claimId) {
    return SignedIn.as(who, Role.REVIEWER, () -> notifications.mine(200)).stream()
        .filter(n -> n.claimId() != null && n.claimId() == claimId)
        .toList();
  }

  @Test
  @Order(1)
  void the_author_hears_that_their_verdict_was_approved_and_published() {
    DeskScenario desk = new DeskScenario(context);
    long claim = desk.claimIn(ClaimStatus.PUBLISHED).claimId();
    assertThat(of(desk.people.reviewer(), claim))
        .extracting(NotificationSummary::kind, NotificationSummary::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                NotificationKind.VERDICT_APPROVED,
                "Your verdict on claim #" + claim + " was approved."),
            org.assertj.core.groups.Tuple.tuple(
                NotificationKind.VERDICT_PUBLISHED,
                "Your verdict on claim #" + claim + " was published."));
    assertThat(of(desk.people.editor(), claim)).isEmpty();
  }

  @Test
  @Order(2)
  void the_author_hears_that_their_verdict_was_returned_with_the_comment() {
    DeskScenario desk = new DeskScenario(context);
    var at = desk.claimIn(ClaimStatus.VERDICT_PROPOSED);
    VerdictSummary proposed = desk.verdict(at.claimId(), at.verdictId());
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> verdicts.returnToAuthor(proposed.id(), proposed.version(), "Cite the treasury."));
    assertThat(of(desk.people.reviewer(), at.claimId()))
        .filteredOn(n -> n.kind() == NotificationKind.VERDICT_RETURNED)
        .extracting(NotificationSummary::message)
        .containsExactly(
            "Your verdict on claim #" + at.claimId() + " was returned: Cite the treasury.");
  }

  @Test
  @Order(3)
  void the_sweep_tells_of_work_due_tomorrow_and_overdue_once_each() {
    DeskScenario desk = new DeskScenario(context);
    long claim = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    LocalDate today = DeskTime.today();
    String reviewer = desk.people.otherReviewer();
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> assignments.assign(claim, desk.version(claim), reviewer, today.plusDays(1)));

    sweep.sweep(today, Instant.now());
    sweep.sweep(today, Instant.now());
    assertThat(of(reviewer, claim))
        .filteredOn(n -> n.kind() == NotificationKind.DUE_TOMORROW)
        .extracting(NotificationSummary::message)
        .containsExactly("Claim #" + claim + " is due tomorrow, " + today.plusDays(1) + ".");

    // Three days later the assignment is overdue; the sweep says so once.
    sweep.sweep(today.plusDays(3), Instant.now());
    sweep.sweep(today.plusDays(3), Instant.now());
    assertThat(of(reviewer, claim))
        .filteredOn(n -> n.kind() == NotificationKind.OVERDUE)
        .extracting(NotificationSummary::message)
        .containsExactly("Claim #" + claim + " is overdue: it was due " + today.plusDays(1) + ".");
    assertThat(SignedIn.as(reviewer, Role.REVIEWER, () -> notifications.unreadCount()))
        .isEqualTo(3); // assigned, due tomorrow, overdue
  }

  @Test
  @Order(4)
  void the_sweep_tells_the_follow_ups_assignee_when_it_is_due() {
    DeskScenario desk = new DeskScenario(context);
    long claim = desk.claimIn(ClaimStatus.PUBLISHED).claimId();
    LocalDate due = DeskTime.today().plusDays(2);
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () ->
            followUps.schedule(
                claim, "Watch the revised deficit figures", due, desk.people.otherReviewer()));
    sweep.sweep(DeskTime.today(), Instant.now());
    assertThat(of(desk.people.otherReviewer(), claim)).isEmpty();
    sweep.sweep(due, Instant.now());
    sweep.sweep(due, Instant.now());
    assertThat(of(desk.people.otherReviewer(), claim))
        .extracting(NotificationSummary::kind, NotificationSummary::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                NotificationKind.FOLLOW_UP_DUE,
                "A follow-up on claim #"
                    + claim
                    + " is due today: Watch the revised deficit figures"));
  }

  @Test
  @Order(5)
  void every_notification_is_also_e_mailed_to_the_persons_address() throws Exception {
    DeskScenario desk = new DeskScenario(context);
    long claim = desk.claimIn(ClaimStatus.ASSIGNED).claimId();
    String address = desk.people.reviewer() + "@desk.test";
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(
                m -> {
                  try {
                    return m.getAllRecipients()[0].toString().equals(address);
                  } catch (Exception e) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("ClaimDesk: a claim was assigned to you");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("claimdesk@desk.test");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .startsWith("Claim #" + claim + " was assigned to you, due ")
        .contains("https://desk.test/claims/" + claim);
  }

  @Test
  @Order(6)
  void notifications_older_than_ninety_days_are_deleted() {
    DeskScenario desk = new DeskScenario(context);
    long claim = desk.claimIn(ClaimStatus.ASSIGNED).claimId();
    assertThat(of(desk.people.reviewer(), claim)).hasSize(1);
    assertThat(sweep.sweep(DeskTime.today(), Instant.now().plus(89, ChronoUnit.DAYS)).purged())
        .isZero();
    assertThat(sweep.sweep(DeskTime.today(), Instant.now().plus(91, ChronoUnit.DAYS)).purged())
        .isPositive();
    assertThat(of(desk.people.reviewer(), claim)).isEmpty();
  }
}
