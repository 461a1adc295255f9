package org.claimdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.desk.ui.MyWorkView;
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

/** A reviewer given claims in bulk finds them in My work, and the bell counts them until read. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class NotificationBellTest extends SpringBrowserlessTest {

  @Autowired ApplicationContext context;
  @Autowired AssignmentService assignments;

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_reviewer_sees_the_assignments_in_my_work_with_the_bell_count() {
    DeskScenario desk = new DeskScenario(context);
    long a = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    long b = desk.claimIn(ClaimStatus.ACCEPTED).claimId();
    String reviewer = desk.people.otherReviewer();
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> assignments.assignAll(List.of(a, b), reviewer, null));

    SignedIn.begin(reviewer, Role.REVIEWER);
    UI.getCurrent().navigate("my-work");
    MainLayout layout =
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
            .filter(MainLayout.class::isInstance)
            .map(MainLayout.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(layout.bell.getText()).isEqualTo("2");
    MyWorkView work = (MyWorkView) UI.getCurrent().getCurrentView();
    Grid<ClaimSummary> grid = $(Grid.class).from(work).first();
    assertThat(
            grid.getDataProvider()
                .fetch(new Query<>(0, 50, List.of(), null, null))
                .map(ClaimSummary::id))
        .contains(a, b);

    layout.openNotifications();
    assertThat(layout.bell.getText()).isEqualTo("0");
  }
}
