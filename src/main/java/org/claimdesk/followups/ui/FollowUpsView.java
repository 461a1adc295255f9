package org.claimdesk.followups.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.PersonNames;
import org.springframework.data.domain.PageRequest;

/** Open follow-ups by due date, the overdue ones marked. */
@Route("follow-ups")
@PageTitle("Follow-ups · ClaimDesk")
@Menu(title = "Follow-ups", order = 5)
@PermitAll
public class FollowUpsView extends VerticalLayout {

  /**
   * A follow-up with the statement of its claim and its assignee's name, as one row of the grid.
   */
  record Row(FollowUpSummary followUp, String statement, String assignee) {}

  public FollowUpsView(FollowUpService followUps, ClaimService claims, PersonNames names) {
    addClassName("follow-ups-view");
    setSizeFull();
    Grid<Row> grid = new Grid<>(Row.class, false);
    grid.setId("follow-ups-grid");
    // What to watch for and the statement wrap instead of being cut after a few words.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(r -> DeskFormat.date(r.followUp().dueDate()))
        .setHeader("Due")
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.addColumn(r -> r.followUp().overdue() ? "Overdue" : "")
        .setHeader("")
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addColumn(r -> r.followUp().watchFor()).setHeader("Watch for").setFlexGrow(3);
    grid.addColumn(r -> "Claim #" + r.followUp().claimId()).setHeader("Claim").setAutoWidth(true);
    grid.addColumn(Row::statement).setHeader("Statement").setFlexGrow(3);
    grid.addColumn(Row::assignee).setHeader("Assignee");
    grid.setPartNameGenerator(r -> r.followUp().overdue() ? "overdue" : null);
    grid.setEmptyStateText("No open follow-ups.");
    grid.addItemClickListener(
        click ->
            getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().followUp().claimId())));
    // A page at a time from the server, each page's statements in one query; people by their
    // display names, each looked up once per page.
    grid.setItems(
        query -> {
          List<FollowUpSummary> page =
              followUps.open(PageRequest.of(query.getPage(), query.getPageSize())).getContent();
          Map<Long, String> statements =
              claims
                  .findAll(page.stream().map(FollowUpSummary::claimId).distinct().toList())
                  .stream()
                  .collect(Collectors.toMap(ClaimSummary::id, ClaimSummary::statement));
          Map<String, String> shown = new HashMap<>();
          return page.stream()
              .map(
                  f ->
                      new Row(
                          f,
                          statements.getOrDefault(f.claimId(), "(claim removed)"),
                          f.assignee() == null
                              ? ""
                              : shown.computeIfAbsent(f.assignee(), names::displayName)));
        });
    add(new H2("Follow-ups"), grid);
  }
}
