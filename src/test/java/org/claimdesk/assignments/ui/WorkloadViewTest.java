package org.claimdesk.assignments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.ReviewerWorkload;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The Workload page as an editor sees it: each reviewer's open, due-today, overdue and finished
 * work against their capacity, and the accepted claims waiting for a reviewer, assigned from there
 * automatically. A database of its own, so that only this test's claims wait.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "claimdesk.test.database=workload-view")
@ExtendWith(SameSecurityContextHolder.class)
class WorkloadViewTest extends SpringBrowserlessTest {

  @Autowired UserService users;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    SignedIn.end();
    // Each test sees only its own people: whoever a test created leaves after it.
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          for (var u : users.listActiveUsers()) {
            if (!u.username().equals("admin")) {
              users.setActive(u.id(), false);
            }
          }
        });
  }

  private String person(String name, Role role) {
    String username = name + System.nanoTime() % 100_000_000;
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          var u =
              users.createUser(
                  new NewUser(
                      username,
                      "Person " + username,
                      "a long enough secret 42",
                      EnumSet.of(role),
                      null,
                      null));
          return users.setCapacity(u.id(), 4);
        });
    return username;
  }

  private long accepted(String editor, String statement) {
    return SignedIn.as(
        editor,
        Role.EDITOR,
        () -> {
          ClaimSummary c = claims.create(statement, "A Minister", null);
          return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null).id();
        });
  }

  private static WorkloadView open() {
    UI.getCurrent().navigate("workload");
    return (WorkloadView) UI.getCurrent().getCurrentView();
  }

  @Test
  void an_editor_sees_each_reviewers_load_and_assigns_the_waiting_claims() {
    String editor = person("wendy", Role.EDITOR);
    String reviewer = person("rolf", Role.REVIEWER);
    long dueToday = accepted(editor, "Exports doubled in 2024");
    long late = accepted(editor, "Imports halved in 2024");
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> {
          assignments.assignAll(List.of(dueToday), reviewer, LocalDate.now());
          return assignments.assignAll(List.of(late), reviewer, LocalDate.now().plusDays(1));
        });
    // A day passes for the second assignment: it is now overdue.
    jdbc.update(
        "update assignment set due_date = ? where claim_id = ? and state = 'ACTIVE'",
        LocalDate.now().minusDays(1),
        late);
    long waitingClaim = accepted(editor, "Tourism grew by 12% in 2024");

    SignedIn.begin(editor, Role.EDITOR);
    WorkloadView page = open();
    ReviewerWorkload row =
        page.people
            .getGenericDataView()
            .getItems()
            .filter(w -> w.username().equals(reviewer))
            .findFirst()
            .orElseThrow();
    assertThat(row.open()).isEqualTo(2);
    assertThat(row.dueToday()).isEqualTo(1);
    assertThat(row.overdue()).isEqualTo(1);
    assertThat(row.capacity()).isEqualTo(4);
    assertThat(WorkloadView.loadLabel(row)).isEqualTo("50%");
    assertThat(page.waiting.getGenericDataView().getItems().map(ClaimSummary::id))
        .containsExactly(waitingClaim);

    page.assignWaiting();
    assertThat(page.lastRun.getText()).isEqualTo("Assigned 1 of 1 claims.");
    assertThat(page.waiting.getGenericDataView().getItems()).isEmpty();
    assertThat(claims.find(waitingClaim).orElseThrow().assignee()).isEqualTo(reviewer);
    ReviewerWorkload after =
        page.people
            .getGenericDataView()
            .getItems()
            .filter(w -> w.username().equals(reviewer))
            .findFirst()
            .orElseThrow();
    assertThat(after.open()).isEqualTo(3);
  }

  @Test
  void the_waiting_time_reads_in_days_hours_or_minutes() {
    var now = java.time.Instant.parse("2026-12-01T12:00:00Z");
    assertThat(WorkloadView.waitingFor(now.minusSeconds(3 * 86_400 + 4 * 3600), now))
        .isEqualTo("3 d 4 h");
    assertThat(WorkloadView.waitingFor(now.minusSeconds(5 * 3600 + 60), now)).isEqualTo("5 h");
    assertThat(WorkloadView.waitingFor(now.minusSeconds(30), now)).isEqualTo("1 min");
  }

  @Test
  void only_an_admin_switches_auto_assignment_and_editors_record_conflicts_on_the_page() {
    String editor = person("erik", Role.EDITOR);
    String reviewer = person("ruth", Role.REVIEWER);
    SignedIn.begin(editor, Role.EDITOR);
    WorkloadView page = open();
    assertThat(page.autoAssign.isReadOnly()).isTrue();

    test(page.conflictReviewer).selectItem("Person " + reviewer + " (" + reviewer + ")");
    test(page.conflictParty).setValue("Jane Doe");
    test(page.declareConflict).click();
    assertThat(page.conflictList.getElement().getTextRecursively()).contains("Jane Doe");
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> assignments.conflictsOf(reviewer)))
        .containsExactly("Jane Doe");
    test(find(com.vaadin.flow.component.button.Button.class).from(page.conflictList).single())
        .click();
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> assignments.conflictsOf(reviewer))).isEmpty();
    SignedIn.end();

    SignedIn.begin("admin", Role.ADMIN);
    UI.getCurrent().navigate("my-work");
    WorkloadView asAdmin = open();
    assertThat(asAdmin.autoAssign.isReadOnly()).isFalse();
    test(asAdmin.autoAssign).click();
    try {
      assertThat(assignments.autoAssignsAccepted()).isTrue();
    } finally {
      assignments.setAutoAssignAccepted(false);
    }
  }

  @Test
  void the_claim_page_shows_each_candidates_load_and_the_reviewer_hands_the_claim_back() {
    String editor = person("elsa", Role.EDITOR);
    String reviewer = person("remy", Role.REVIEWER);
    long busy = accepted(editor, "Rents rose by 9% in 2024");
    long claim = accepted(editor, "Rents fell by 2% in 2024");
    LocalDate due = LocalDate.now().plusDays(5);
    SignedIn.as(editor, Role.EDITOR, () -> assignments.assignAll(List.of(busy), reviewer, due));

    SignedIn.begin(editor, Role.EDITOR);
    UI.getCurrent().navigate("claims/" + claim);
    var pick = find(com.vaadin.flow.component.combobox.ComboBox.class).id("assign-reviewer");
    test(pick).selectItem("Person " + reviewer + " (" + reviewer + ")");
    assertThat(
            find(com.vaadin.flow.component.html.Span.class).id("assign-candidate-load").getText())
        .isEqualTo("1/4 open, next due " + org.claimdesk.ui.DeskFormat.date(due));
    SignedIn.end();

    SignedIn.as(editor, Role.EDITOR, () -> assignments.assignAll(List.of(claim), reviewer, due));
    SignedIn.begin(reviewer, Role.REVIEWER);
    UI.getCurrent().navigate("claims/" + claim);
    test(find(com.vaadin.flow.component.button.Button.class).id("hand-back")).click();
    test(find(com.vaadin.flow.component.textfield.TextArea.class).id("hand-back-reason"))
        .setValue("I am quoted in the story.");
    test(find(com.vaadin.flow.component.button.Button.class).id("hand-back-confirm")).click();
    assertThat(claims.find(claim).orElseThrow().assignee()).isNull();
    assertThat(claims.find(claim).orElseThrow().status()).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(
            find(com.vaadin.flow.component.html.Paragraph.class).id("assignment-current").getText())
        .isEqualTo("Nobody is assigned.");
    assertThat(find(com.vaadin.flow.component.button.Button.class).all())
        .noneMatch(b -> "hand-back".equals(b.getId().orElse(null)));
    // The claim leaves the waiting list, which another test counts.
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> {
          ClaimSummary c = claims.find(claim).orElseThrow();
          return claims.changeStatus(claim, c.version(), ClaimStatus.DISMISSED, "test over");
        });
  }
}
