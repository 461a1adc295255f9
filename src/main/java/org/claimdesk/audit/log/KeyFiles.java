package org.claimdesk.audit.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the audit signing key lives: a configured file (for PostgreSQL installations, where the
 * data folder may not be shared) or {@code audit-signing-key.txt} in the data folder. The key is
 * created on first start, readable by its owner only.
 */
public final class KeyFiles {

  public static final String DEFAULT_NAME = "audit-signing-key.txt";

  private KeyFiles() {}

  public static Path location(Path dataDir, String configuredFile) {
    return configuredFile == null || configuredFile.isBlank()
        ? dataDir.resolve(DEFAULT_NAME)
        : Path.of(configuredFile);
  }

  /** Reads the key, or creates it when the file does not exist yet. */
  public static NoteKey loadOrCreate(Path file, String origin) {
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      NoteKey key = NoteKey.generate(origin);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
      } catch (FileAlreadyExistsException raced) {
        return read(file);
      }
      Files.writeString(
          file, key.privateText(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the audit signing key " + file, e);
    }
  }

  public static NoteKey read(Path file) {
    try {
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        Set<java.nio.file.attribute.PosixFilePermission> perms =
            Files.getPosixFilePermissions(file);
        if (perms.stream()
            .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
          throw new IllegalStateException(
              "The audit signing key " + file + " is readable by others; run chmod 600 on it");
        }
      }
      return NoteKey.parsePrivate(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit signing key " + file, e);
    }
  }
}
