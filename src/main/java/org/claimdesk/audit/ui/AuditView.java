package org.claimdesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.RevisionSummary;
import org.claimdesk.users.Roles;

/** The audit trail: who changed what, newest first. */
@Route("audit")
@PageTitle("Audit · ClaimDesk")
@Menu(title = "Audit", order = 6)
@RolesAllowed(Roles.AUDITOR)
public class AuditView extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

  public AuditView(AuditService audit) {
    addClassName("audit-view");
    setSizeFull();
    Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
    grid.setId("audit-grid");
    grid.addColumn(RevisionSummary::id).setHeader("Revision");
    grid.addColumn(r -> WHEN.format(r.at())).setHeader("When");
    grid.addColumn(RevisionSummary::username).setHeader("Who");
    grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader("Reason").setFlexGrow(3);
    grid.setItems(audit.recent(500));
    add(new H2("Audit trail"), grid);
  }
}
