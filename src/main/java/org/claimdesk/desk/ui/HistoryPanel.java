package org.claimdesk.desk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.ui.DeskFormat;

/** Who changed what on the claim and when, read from the audit trail. */
final class HistoryPanel extends Div {

  private final AuditService audit;

  HistoryPanel(AuditService audit) {
    this.audit = audit;
    setId("history");
    addClassName("claim-section");
  }

  void show(ClaimSummary claim) {
    removeAll();
    List<HistoryEntry> entries = audit.claimHistory(claim.id());
    if (entries.isEmpty()) {
      add(new Paragraph("No changes recorded yet."));
      return;
    }
    OrderedList list = new OrderedList();
    list.addClassName("history-list");
    for (HistoryEntry entry : entries) {
      Span when = new Span(DeskFormat.dateTime(entry.at()));
      when.addClassName("history-when");
      Span what = new Span(entry.who() + " " + entry.what());
      what.addClassName("history-what");
      ListItem line = new ListItem(when, what);
      line.addClassName("history-entry");
      if (entry.reason() != null && !entry.reason().isBlank()) {
        Span why = new Span("Reason: " + entry.reason());
        why.addClassName("history-reason");
        line.add(why);
      }
      list.add(line);
    }
    add(list);
  }
}
