package org.claimdesk.transfer.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Streams an uploaded import file into the data folder's {@code imports} folder (so that the
 * background job can read it after the page is gone), refusing it past the size limit.
 */
class ImportUploadHandler implements UploadHandler {

  static final long MAX_BYTES = 200L * 1024 * 1024;

  private final Path folder;
  private final SerializableBiConsumer<String, Path> received;
  private final SerializableConsumer<String> refused;

  ImportUploadHandler(
      Path folder,
      SerializableBiConsumer<String, Path> received,
      SerializableConsumer<String> refused) {
    this.folder = folder;
    this.received = received;
    this.refused = refused;
  }

  @Override
  public void handleUploadRequest(UploadEvent event) throws IOException {
    String name = event.getFileName() == null ? "upload" : event.getFileName();
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    Files.createDirectories(folder);
    Path target = folder.resolve(UUID.randomUUID() + "-" + safe);
    long total = 0;
    try (InputStream in = event.getInputStream();
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_BYTES) {
          out.close();
          Files.deleteIfExists(target);
          String why =
              String.format(
                  "'%s' is over %,d MB: import it with the command line (java -jar claimdesk.jar"
                      + " import FILE).",
                  name, MAX_BYTES / 1024 / 1024);
          event.reject(why);
          event.getUI().access(() -> refused.accept(why));
          return;
        }
        out.write(buffer, 0, n);
      }
    }
    event.getUI().access(() -> received.accept(name, target));
  }

  @Override
  public long getFileSizeMax() {
    return MAX_BYTES;
  }

  @Override
  public long getRequestSizeMax() {
    return MAX_BYTES + 64 * 1024;
  }
}
