package org.claimdesk.audit;

import java.nio.file.Path;
import org.claimdesk.audit.log.KeyFiles;
import org.claimdesk.audit.log.NoteKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The desk's audit signing key, read or created at start (see {@link KeyFiles}). */
@Component
class AuditKeys {

  private final NoteKey key;
  private final String origin;

  AuditKeys(AuditSettings settings, @Value("${claimdesk.data-dir:./data}") String dataDir) {
    this.origin = settings.origin();
    this.key =
        KeyFiles.loadOrCreate(KeyFiles.location(Path.of(dataDir), settings.keyFile()), origin);
    if (!key.name().equals(origin)) {
      throw new IllegalStateException(
          "The audit signing key is named '"
              + key.name()
              + "' but claimdesk.audit.origin is '"
              + origin
              + "'; they must match");
    }
  }

  NoteKey key() {
    return key;
  }

  String origin() {
    return origin;
  }
}
