package org.claimdesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.ClaimProof;
import org.claimdesk.ui.Notices;

/**
 * "Audit proof" on the claim page: the claim's own entries, each with an inclusion proof against
 * the latest signed checkpoint, shown and downloadable as one JSON file.
 */
public final class ClaimAuditProof extends Button {

  /** The button for a claim, built with the audit service from the Spring context. */
  public static ClaimAuditProof forClaim(long claimId) {
    return new ClaimAuditProof(
        VaadinService.getCurrent().getInstantiator().getOrCreate(AuditService.class), claimId);
  }

  ClaimAuditProof(AuditService audit, long claimId) {
    super("Audit proof");
    setId("claim-audit-proof");
    addClickListener(e -> Notices.attempt(() -> open(audit.claimProof(claimId))));
  }

  private static void open(ClaimProof proof) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Audit proof of claim " + proof.claimId());
    dialog.setId("claim-audit-proof-dialog");
    Paragraph intro =
        new Paragraph(
            String.format(
                Locale.US,
                "%d entries, each proven to be in the log of %,d entries with root %s, signed by %s.",
                proof.entries().size(),
                proof.treeSize(),
                proof.root(),
                proof.publicKey()));
    OrderedList list = new OrderedList();
    for (ClaimProof.ProvenEntry e : proof.entries()) {
      Span mark = new Span(e.verified() ? "proven" : "NOT PROVEN");
      mark.addClassName(e.verified() ? "audit-ok" : "audit-problem");
      list.add(new ListItem(new Span("#" + e.seq() + " " + e.description() + " "), mark));
    }
    byte[] json = proof.json().getBytes(StandardCharsets.UTF_8);
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(
                event ->
                    new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(json),
                        "claim-" + proof.claimId() + "-audit-proof.json",
                        "application/json",
                        json.length)),
            "Download the proof");
    download.setId("claim-audit-proof-download");
    download.getElement().setAttribute("download", true);
    dialog.add(intro, list, new Div(download));
    dialog.getFooter().add(new Button("Close", e -> dialog.close()));
    dialog.setWidth("min(60em, 95vw)");
    dialog.open();
  }
}
