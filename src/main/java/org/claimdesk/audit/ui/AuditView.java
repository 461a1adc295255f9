package org.claimdesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.audit.AuditQuery;
import org.claimdesk.audit.AuditRow;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.SecurityEvent;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The audit log for auditors and admins: searched and paged on the server, each entry in words with
 * a link to its claim or document and its raw JSON; the latest checkpoint and the public key;
 * export and verification.
 */
@Route("audit")
@PageTitle("Audit · ClaimDesk")
@Menu(title = "Audit", order = 6)
@RolesAllowed(Roles.AUDITOR)
public class AuditView extends VerticalLayout {

  private final AuditService audit;
  private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
  private final TextField person = new TextField("Person");
  private final TextField claim = new TextField("Claim id");
  private final TextField document = new TextField("Document id");
  private final ComboBox<String> kind = new ComboBox<>("Kind of change");
  private final DatePicker from = DeskFormat.datePicker(new DatePicker("From"));
  private final DatePicker to = DeskFormat.datePicker(new DatePicker("To"));
  private AuditQuery query = AuditQuery.all();

  public AuditView(AuditService audit) {
    this.audit = audit;
    addClassName("audit-view");
    setSizeFull();
    person.setId("audit-filter-person");
    claim.setId("audit-filter-claim");
    document.setId("audit-filter-document");
    kind.setId("audit-filter-kind");
    from.setId("audit-filter-from");
    to.setId("audit-filter-to");
    kind.setItems(kinds());
    kind.setAllowCustomValue(true);
    kind.addCustomValueSetListener(e -> kind.setValue(e.getDetail()));
    Button search = new Button("Search", e -> search());
    search.setId("audit-search");
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout filters =
        new HorizontalLayout(person, claim, document, kind, from, to, search);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);

    grid.setId("audit-grid");
    grid.addColumn(AuditRow::seq).setHeader("Seq").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(r -> DeskFormat.dateTime(r.at())).setHeader("When").setAutoWidth(true);
    grid.addColumn(AuditRow::actor).setHeader("Who").setAutoWidth(true);
    grid.addColumn(AuditRow::description).setHeader("What changed").setFlexGrow(4);
    grid.addComponentColumn(AuditView::link).setHeader("Concerns").setAutoWidth(true);
    grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader("Reason").setFlexGrow(2);
    grid.addItemClickListener(e -> showJson(e.getItem()));
    grid.setItems(
        q -> audit.search(query, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
        q ->
            (int)
                Math.min(
                    Integer.MAX_VALUE,
                    audit.search(query, PageRequest.of(0, 1)).getTotalElements()));
    grid.setMinHeight("24em");

    add(
        new H2("Audit trail"),
        filters,
        grid,
        new CheckpointPanel(audit),
        new ExportPanel(audit),
        new VerifyPanel(audit));
  }

  private static List<String> kinds() {
    List<String> out =
        new java.util.ArrayList<>(
            List.of(
                "Claim",
                "ClaimItem",
                "Document",
                "Evidence",
                "Source",
                "Verdict",
                "FollowUp",
                "Assignment",
                "User",
                "ADD",
                "MOD",
                "DEL"));
    for (SecurityEvent e : SecurityEvent.values()) {
      out.add(e.name());
    }
    return out;
  }

  private void search() {
    Long claimId = id(claim.getValue(), "claim");
    Long documentId = id(document.getValue(), "document");
    if ((claimId == null && !claim.getValue().isBlank())
        || (documentId == null && !document.getValue().isBlank())) {
      return;
    }
    if (from.getValue() != null
        && to.getValue() != null
        && to.getValue().isBefore(from.getValue())) {
      Notices.error("The end date is before the start date. Swap them.");
      return;
    }
    query =
        new AuditQuery(
            person.getValue(),
            claimId,
            documentId,
            kind.getValue(),
            from.getValue(),
            to.getValue());
    grid.getDataProvider().refreshAll();
  }

  private static @Nullable Long id(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      Notices.error("A " + what + " id is a number, such as 42.");
      return null;
    }
  }

  private static com.vaadin.flow.component.Component link(AuditRow r) {
    if (r.claimId() != null) {
      return new Anchor("claims/" + r.claimId(), "Claim " + r.claimId());
    }
    if (r.documentId() != null) {
      return new Anchor("documents/" + r.documentId(), "Document " + r.documentId());
    }
    return new Span(r.entity() == null ? "" : r.entity());
  }

  private void showJson(AuditRow row) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Entry " + row.seq());
    Pre json = new Pre(row.json());
    json.setId("audit-entry-json");
    json.addClassName("audit-json");
    dialog.add(json);
    dialog
        .getFooter()
        .add(new CopyButton("Copy JSON", row::json), new Button("Close", e -> dialog.close()));
    dialog.setWidth("min(60em, 95vw)");
    dialog.open();
  }
}
