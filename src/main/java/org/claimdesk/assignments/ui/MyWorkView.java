package org.claimdesk.assignments.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.users.Roles;

/** The signed-in reviewer's open assignments, soonest due first. */
@Route("my-work")
@PageTitle("My work · ClaimDesk")
@Menu(title = "My work", order = 4)
@RolesAllowed(Roles.REVIEWER)
public class MyWorkView extends VerticalLayout {

  public MyWorkView(AssignmentService assignments) {
    addClassName("my-work-view");
    setSizeFull();
    Grid<AssignmentSummary> grid = new Grid<>(AssignmentSummary.class, false);
    grid.setId("my-work-grid");
    grid.addColumn(a -> "Claim #" + a.claimId()).setHeader("Claim");
    grid.addColumn(a -> a.dueDate() == null ? "" : a.dueDate().toString()).setHeader("Due");
    grid.addColumn(AssignmentSummary::assignedBy).setHeader("Assigned by");
    grid.setEmptyStateText("Nothing is assigned to you.");
    grid.setItems(assignments.mine());
    add(new H2("My work"), grid);
  }
}
