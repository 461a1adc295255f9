package org.claimdesk.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.users.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The claims assigned to the signed-in person that are not finished, soonest due first. */
@Route("my-work")
@PageTitle("My work · ClaimDesk")
@Menu(title = "My work", order = 4)
@RolesAllowed(Roles.REVIEWER)
public class MyWorkView extends VerticalLayout {

  public MyWorkView(ClaimService claims) {
    addClassName("my-work-view");
    setSizeFull();
    Grid<ClaimSummary> grid = new Grid<>(ClaimSummary.class, false);
    grid.setId("my-work-grid");
    grid.addColumn(ClaimSummary::statement).setHeader("Claim").setFlexGrow(4);
    grid.addColumn(c -> c.status().label()).setHeader("Status");
    grid.addColumn(c -> DeskFormat.due(c.dueDate())).setHeader("Due");
    grid.setPartNameGenerator(c -> DeskTime.isOverdue(c.dueDate()) ? "overdue" : null);
    grid.setEmptyStateText("Nothing is assigned to you.");
    grid.addItemClickListener(
        click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().id())));
    EnumSet<ClaimStatus> open =
        EnumSet.of(
            ClaimStatus.ASSIGNED,
            ClaimStatus.IN_REVIEW,
            ClaimStatus.VERDICT_PROPOSED,
            ClaimStatus.APPROVED,
            ClaimStatus.REOPENED);
    grid.setItems(
        query ->
            claims
                .queue(
                    new ClaimFilter(
                        open, null, CurrentUser.require(), null, null, null, null, null, null),
                    PageRequest.of(
                        query.getPage(),
                        query.getPageSize(),
                        Sort.by(Sort.Order.asc("dueDate"), Sort.Order.desc("id"))))
                .stream());
    add(new H2("My work"), grid);
  }
}
