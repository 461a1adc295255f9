package org.claimdesk.dashboard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpSummary;

/** The start page: overdue follow-ups and the documents added most recently. */
@Route("")
@PageTitle("Dashboard · ClaimDesk")
@Menu(title = "Dashboard", order = 1)
@PermitAll
public class DashboardView extends VerticalLayout {

  public DashboardView(DocumentService documents, FollowUpService followUps) {
    addClassName("dashboard-view");
    add(new H2("Overdue follow-ups"));
    List<FollowUpSummary> overdue =
        followUps.open().stream().filter(FollowUpSummary::overdue).toList();
    if (overdue.isEmpty()) {
      add(new Paragraph("Nothing overdue."));
    } else {
      add(
          new UnorderedList(
              overdue.stream()
                  .map(f -> new ListItem(f.dueDate() + ": " + f.watchFor()))
                  .toArray(ListItem[]::new)));
    }
    add(new H2("Recent documents"));
    List<DocumentSummary> recent = documents.recent(10);
    if (recent.isEmpty()) {
      add(new Paragraph("No documents yet. Editors add them on the Documents page."));
    } else {
      add(
          new UnorderedList(
              recent.stream().map(d -> new ListItem(d.title())).toArray(ListItem[]::new)));
    }
  }
}
