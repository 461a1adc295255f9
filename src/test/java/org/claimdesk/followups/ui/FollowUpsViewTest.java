package org.claimdesk.followups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The follow-ups page names people as the rest of the desk does. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class FollowUpsViewTest extends SpringBrowserlessTest {

  @Autowired ApplicationContext context;
  @Autowired FollowUpService followUps;

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  @Test
  void the_assignee_is_shown_by_display_name_not_username() {
    DeskScenario scenario = new DeskScenario(context);
    long claim = scenario.claimIn(ClaimStatus.ASSIGNED).claimId();
    String watchFor = "The ministry's reply " + System.nanoTime();
    SignedIn.as(
        scenario.people.editor(),
        Role.EDITOR,
        () ->
            followUps.schedule(
                claim, watchFor, LocalDate.now().plusDays(3), scenario.people.reviewer()));

    SignedIn.begin(scenario.people.editor(), Role.EDITOR);
    navigate(FollowUpsView.class);
    @SuppressWarnings("unchecked")
    Grid<FollowUpsView.Row> grid = find(Grid.class).id("follow-ups-grid");
    var rows = test(grid);
    int row = -1;
    for (int i = 0; i < rows.size() && row < 0; i++) {
      row = rows.getRow(i).followUp().watchFor().equals(watchFor) ? i : -1;
    }
    assertThat(row).as("the new follow-up is listed").isNotNegative();
    assertThat(rows.getCellText(row, 5))
        .as("the Assignee column")
        .isEqualTo("Test " + scenario.people.reviewer());
  }
}
