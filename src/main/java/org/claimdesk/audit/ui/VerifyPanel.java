package org.claimdesk.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.ui.ErrorMessages;

/** Verifies an uploaded export exactly as {@code verify-audit} does, and says the verdict. */
final class VerifyPanel extends Div {

  VerifyPanel(AuditService audit) {
    setId("audit-verify");
    addClassName("claim-section");
    TextField key = new TextField("Public key (empty: this desk's key)");
    key.setId("audit-verify-key");
    key.setWidthFull();
    TextArea earlier = new TextArea("Earlier checkpoint you hold (optional)");
    earlier.setId("audit-verify-checkpoint");
    earlier.setWidthFull();
    Paragraph result = new Paragraph();
    result.setId("audit-verify-result");
    // The upload completes on its own request thread: it reads copies, not the fields.
    AtomicReference<String> keyText = new AtomicReference<>("");
    AtomicReference<String> earlierText = new AtomicReference<>("");
    key.addValueChangeListener(e -> keyText.set(e.getValue()));
    earlier.addValueChangeListener(e -> earlierText.set(e.getValue()));
    UI ui = UI.getCurrent();
    Upload upload =
        new Upload(
            UploadHandler.toTempFile(
                (metadata, file) -> {
                  String message;
                  boolean intact;
                  try (InputStream in = Files.newInputStream(file.toPath())) {
                    ExportVerifier.Result r =
                        audit.verifyExport(in, keyText.get(), earlierText.get());
                    message = r.message();
                    intact = r.intact();
                  } catch (RuntimeException e) {
                    message = ErrorMessages.describe(e);
                    intact = false;
                  } finally {
                    Files.deleteIfExists(file.toPath());
                  }
                  String shown = message;
                  boolean ok = intact;
                  ui.access(
                      () -> {
                        result.setText(shown);
                        result.setClassName(ok ? "audit-ok" : "audit-problem");
                      });
                }));
    upload.setId("audit-verify-upload");
    upload.setMaxFiles(1);
    add(
        new H3("Verify an export"),
        new Paragraph("Checks the file offline, the same way verify-audit does."),
        key,
        earlier,
        upload,
        result);
  }
}
