package org.claimdesk.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.users.Role;

/**
 * The dashboard card of auditors and admins: the verdict of the last check of the stored audit log
 * against every signed checkpoint (nightly, or from the Audit page). Invisible to other roles.
 */
public final class AuditStatusCard extends Div {

  /** The card for the signed-in person, built with the audit service from the Spring context. */
  public static AuditStatusCard create() {
    return new AuditStatusCard(
        VaadinService.getCurrent().getInstantiator().getOrCreate(AuditService.class));
  }

  AuditStatusCard(AuditService audit) {
    setId("audit-status");
    addClassName("dashboard-card");
    if (!CurrentUser.hasRole(Role.AUDITOR.name())) {
      setVisible(false);
      return;
    }
    add(new H3("Audit log"));
    Paragraph p =
        audit
            .lastVerification()
            .map(
                v ->
                    new Paragraph(
                        (v.intact() ? "Intact" : "PROBLEM")
                            + " at the check of "
                            + DeskFormat.dateTime(v.checkedAt())
                            + ": "
                            + v.message()))
            .orElseGet(() -> new Paragraph("Not checked yet: the first check runs tonight."));
    p.setId("audit-status-message");
    audit
        .lastVerification()
        .ifPresent(v -> p.addClassName(v.intact() ? "audit-ok" : "audit-problem"));
    add(p, new Anchor("audit", "Open the audit trail"));
  }
}
