package org.claimdesk.followups.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpSummary;

/** Open follow-ups by due date, the overdue ones marked. */
@Route("follow-ups")
@PageTitle("Follow-ups · ClaimDesk")
@Menu(title = "Follow-ups", order = 5)
@PermitAll
public class FollowUpsView extends VerticalLayout {

  public FollowUpsView(FollowUpService followUps, ClaimService claims) {
    addClassName("follow-ups-view");
    setSizeFull();
    Grid<FollowUpSummary> grid = new Grid<>(FollowUpSummary.class, false);
    grid.setId("follow-ups-grid");
    grid.addColumn(f -> f.dueDate().toString()).setHeader("Due");
    grid.addColumn(f -> f.overdue() ? "Overdue" : "").setHeader("");
    grid.addColumn(FollowUpSummary::watchFor).setHeader("Watch for").setFlexGrow(3);
    grid.addColumn(f -> "Claim #" + f.claimId()).setHeader("Claim").setAutoWidth(true);
    grid.addColumn(
            f -> claims.find(f.claimId()).map(ClaimSummary::statement).orElse("(claim removed)"))
        .setHeader("Statement")
        .setFlexGrow(3);
    grid.addColumn(f -> f.assignee() == null ? "" : f.assignee()).setHeader("Assignee");
    grid.setPartNameGenerator(f -> f.overdue() ? "overdue" : null);
    grid.setEmptyStateText("No open follow-ups.");
    grid.addItemClickListener(
        click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().claimId())));
    grid.setItems(followUps.open());
    add(new H2("Follow-ups"), grid);
  }
}
