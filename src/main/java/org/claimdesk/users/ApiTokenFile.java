package org.claimdesk.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Provisioning by script: when {@code CLAIMDESK_API_TOKEN_FILE} is set on the very first start, a
 * token for the first admin is written to that file, readable by its owner only.
 */
@Component
class ApiTokenFile {

  private static final Logger log = LoggerFactory.getLogger(ApiTokenFile.class);

  private final ApiTokens tokens;
  private final @Nullable String file;

  ApiTokenFile(ApiTokens tokens, @Value("${claimdesk.api.token-file:}") @Nullable String file) {
    this.tokens = tokens;
    this.file = file;
  }

  /**
   * Runs in the transaction that creates the first admin: if the file cannot be written, neither is
   * the admin.
   */
  @EventListener
  void on(FirstAdminCreated event) {
    if (file == null || file.isBlank()) {
      return;
    }
    Path target = Path.of(file.strip()).toAbsolutePath();
    ApiTokenIssued issued =
        tokens.issueFor(event.username(), "Provisioning (first start)", ApiTokens.DEFAULT_DAYS);
    try {
      write(target, issued.secret() + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not write the first admin's API token to "
              + target
              + " (CLAIMDESK_API_TOKEN_FILE): "
              + e.getMessage(),
          e);
    }
    log.info(
        "Wrote an API token for '{}' to {} (valid until {}).",
        event.username(),
        target,
        issued.token().expiresAt());
  }

  private static void write(Path target, String content) throws IOException {
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temp;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      temp =
          Files.createTempFile(
              folder,
              ".claimdesk-token",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      temp = Files.createTempFile(folder, ".claimdesk-token", ".tmp");
      var f = temp.toFile();
      f.setReadable(false, false);
      f.setWritable(false, false);
      f.setReadable(true, true);
      f.setWritable(true, true);
    }
    try {
      Files.writeString(temp, content, StandardCharsets.US_ASCII);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
