package org.claimdesk.documents.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import org.claimdesk.documents.Document;
import org.claimdesk.documents.UploadedText;
import org.claimdesk.shared.UserFacingException;

/**
 * Receives an uploaded text file on the server within {@link UploadedText#MAX_BYTES}, reading it as
 * it streams and refusing it as soon as it is too big, whatever the browser was told; hands the
 * decoded text (or the reason for refusing it) to the page.
 */
class TextUploadHandler implements UploadHandler {

  private final SerializableBiConsumer<String, String> received;
  private final SerializableConsumer<String> refused;

  TextUploadHandler(
      SerializableBiConsumer<String, String> received, SerializableConsumer<String> refused) {
    this.received = received;
    this.refused = refused;
  }

  @Override
  public void handleUploadRequest(UploadEvent event) throws IOException {
    String fileName = event.getFileName() == null ? "the file" : event.getFileName();
    String text;
    try {
      text = UploadedText.read(fileName, event.getFileSize(), event.getInputStream());
      if (text.length() > Document.MAX_TEXT_LENGTH) {
        throw new UserFacingException(Document.tooLong(text.length()));
      }
    } catch (UserFacingException refusal) {
      event.reject(refusal.getMessage());
      event.getUI().access(() -> refused.accept(refusal.getMessage()));
      return;
    }
    event.getUI().access(() -> received.accept(fileName, text));
  }

  // Checked by Vaadin on a multipart request's parts before this handler reads them.
  @Override
  public long getFileSizeMax() {
    return UploadedText.MAX_BYTES;
  }

  @Override
  public long getRequestSizeMax() {
    return UploadedText.MAX_BYTES + 64 * 1024;
  }
}
