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
}
