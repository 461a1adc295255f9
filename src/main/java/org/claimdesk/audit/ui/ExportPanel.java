package org.claimdesk.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.audit.AuditService;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.ErrorMessages;

/**
 * Downloads the audit export (whole log, or a date range that carries what it needs to verify
 * against the whole tree), with a progress bar fed by the server as it streams.
 */
final class ExportPanel extends Div {

  private final AuditService audit;
  private final DatePicker from = DeskFormat.datePicker(new DatePicker("From (optional)"));
  private final DatePicker to = DeskFormat.datePicker(new DatePicker("To (optional)"));
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span();
  private final AtomicLong written = new AtomicLong(-1);
  private volatile long total = 1;
  private volatile String failure;
  private volatile boolean done;

  ExportPanel(AuditService audit) {
    this.audit = audit;
    setId("audit-export");
    addClassName("claim-section");
    from.setId("audit-export-from");
    to.setId("audit-export-to");
    progress.setId("audit-export-progress");
    progress.setVisible(false);
    status.setId("audit-export-status");
    Anchor download = new Anchor(handler(), "Download export");
    download.setId("audit-export-download");
    download.getElement().setAttribute("download", true);
    download.getElement().addEventListener("click", e -> start());
    add(
        new H3("Export"),
        new Paragraph(
            "JSON Lines as described in docs/audit-format.md: a header, every entry in order and the"
                + " signed checkpoint. Leave the dates empty for the whole log."),
        new HorizontalLayout(from, to),
        download,
        progress,
        status);
  }

  private DownloadHandler handler() {
    return event -> {
      LocalDate start = from.getValue();
      LocalDate end = to.getValue();
      event.setFileName(
          "claimdesk-audit"
              + (start == null && end == null
                  ? ""
                  : "-" + (start == null ? "start" : start) + "-" + (end == null ? "end" : end))
              + ".jsonl");
      event.setContentType("application/x-ndjson");
      try {
        audit.export(
            event.getOutputStream(), new AuditService.ExportRange(start, end, null), written::set);
      } catch (RuntimeException e) {
        failure = ErrorMessages.describe(e);
        event.getResponse().setStatus(400);
      } finally {
        written.compareAndSet(-1, 0);
        done = true;
      }
    };
  }

  private void start() {
    UI ui = UI.getCurrent();
    total = Math.max(1, audit.size());
    written.set(-1);
    failure = null;
    done = false;
    progress.setVisible(true);
    progress.setValue(0);
    status.setText("Exporting…");
    ui.setPollInterval(300);
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
    UI ui = attach.getUI();
    ui.addPollListener(
        e -> {
          if (!progress.isVisible()) {
            return;
          }
          long n = Math.max(0, written.get());
          if (failure != null) {
            status.setText(failure);
            progress.setVisible(false);
            ui.setPollInterval(-1);
          } else if (done) {
            progress.setValue(1);
            status.setText(String.format(Locale.US, "Done: %,d entries exported.", n));
            ui.setPollInterval(-1);
          } else {
            progress.setValue(Math.min(1.0, n / (double) total));
            status.setText(String.format(Locale.US, "%,d entries written…", n));
          }
        });
  }
}
