package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** An editor assigns claims from the queue: selected ones to a person, or all that match. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class QueueBulkAssignTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired ApplicationContext context;
  private DeskScenario desk;
  private String marker;
  private long first;
  private long second;
  private long fresh;

  @BeforeEach
  void claims() {
    desk = new DeskScenario(context);
    SignedIn.begin(desk.people.editor(), Role.EDITOR);
    marker = "quay" + System.nanoTime();
    first = accepted("The " + marker + " moved 4 million boxes");
    second = accepted("The " + marker + " employs 9,000 people");
    fresh = claims.create("The " + marker + " is the oldest", "Mayor", null).id();
  }

  private long accepted(String statement) {
    ClaimSummary c = claims.create(statement, "Port Authority", null);
    return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null).id();
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private ClaimSummary claim(long id) {
    return claims.find(id).orElseThrow();
  }

  @Test
  void selected_claims_go_to_the_chosen_reviewer() {
    QueueView queue = navigate(QueueView.class);
    test(queue.text).setValue(marker);
    queue.grid.select(claim(first));
    queue.grid.select(claim(second));
    QueueAssignBar bar = queue.assignBar;
    bar.reviewer.setValue(
        bar.reviewer
            .getListDataView()
            .getItems()
            .filter(u -> u.username().equals(desk.people.otherReviewer()))
            .findFirst()
            .orElseThrow());
    bar.assignSelectedToReviewer();
    assertThat(bar.result.getText()).isEqualTo("Assigned 2 of 2 claims.");
    assertThat(claim(first).assignee()).isEqualTo(desk.people.otherReviewer());
    assertThat(claim(second).status()).isEqualTo(ClaimStatus.ASSIGNED);
  }

  @Test
  void all_claims_that_match_the_filter_are_assigned_automatically_and_the_rest_explained() {
    QueueView queue = navigate(QueueView.class);
    test(queue.text).setValue(marker);
    queue.assignBar.assignAllMatchingAutomatically();
    assertThat(queue.assignBar.result.getText())
        .isEqualTo(
            "Assigned 2 of 3 claims. Not assigned: Claim #"
                + fresh
                + " is new: only accepted or reopened claims are assigned.");
    assertThat(claim(first).status()).isEqualTo(ClaimStatus.ASSIGNED);
    assertThat(claim(second).status()).isEqualTo(ClaimStatus.ASSIGNED);
    assertThat(claim(fresh).assignee()).isNull();
  }

  @Test
  void a_reviewer_sees_no_assign_controls() {
    SignedIn.begin(desk.people.reviewer(), Role.REVIEWER);
    QueueView queue = navigate(QueueView.class);
    assertThat(queue.assignBar).isNull();
  }
}
