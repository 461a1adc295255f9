package org.claimdesk.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.claimdesk.audit.AuditService;
import org.claimdesk.ui.DeskFormat;

/** The latest signed checkpoint and the public key, each with a copy button, and the last check. */
final class CheckpointPanel extends Div {

  CheckpointPanel(AuditService audit) {
    setId("audit-checkpoint");
    addClassName("claim-section");
    add(new H3("Checkpoint and key"));
    audit
        .latestCheckpoint()
        .ifPresentOrElse(
            cp -> {
              Paragraph summary =
                  new Paragraph(
                      String.format(
                          Locale.US,
                          "Latest checkpoint: %,d entries, root %s, signed %s.",
                          cp.size(),
                          cp.root(),
                          DeskFormat.dateTime(cp.signedAt())));
              summary.setId("audit-checkpoint-summary");
              Pre note = new Pre(cp.note());
              note.setId("audit-checkpoint-note");
              add(summary, note, new CopyButton("Copy checkpoint", cp::note));
            },
            () ->
                add(
                    new Paragraph(
                        "No checkpoint signed yet: one is signed within minutes of the first change.")));
    String key = audit.publicKey();
    Span keyText = new Span(key);
    keyText.setId("audit-public-key");
    add(
        new Paragraph(new Span("Public key: "), keyText),
        new CopyButton("Copy public key", () -> key));
    audit
        .lastVerification()
        .ifPresent(
            v -> {
              Paragraph p =
                  new Paragraph(
                      "Stored log last checked "
                          + DeskFormat.dateTime(v.checkedAt())
                          + ": "
                          + v.message());
              p.setId("audit-last-verification");
              p.addClassName(v.intact() ? "audit-ok" : "audit-problem");
              add(p);
            });
  }
}
