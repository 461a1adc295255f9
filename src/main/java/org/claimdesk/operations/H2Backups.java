package org.claimdesk.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Backups of the embedded H2 database: H2's own consistent copy (BACKUP TO), with the audit signing
 * key beside it so that the restored desk's log still verifies against the checkpoints it signed,
 * and their restore.
 */
public final class H2Backups {

  private H2Backups() {}

  /**
   * The audit signing key's name inside a backup, and in the data folder it is restored to: the
   * audit log's default key file (its KeyFiles.DEFAULT_NAME, not referenced here so that operations
   * does not depend on the audit module, which depends on the pages that show operations).
   */
  static final String KEY_ENTRY = "audit-signing-key.txt";

  /** Where the running desk keeps its signing key: the configured file, else the data folder's. */
  static Path keyFile(Path dataDir, String configured) {
    return configured == null || configured.isBlank()
        ? dataDir.resolve(KEY_ENTRY)
        : Path.of(configured);
  }

  /** Runs H2's online backup on an open connection to the desk's database. */
  public static void backup(Connection connection, Path out) throws SQLException {
    backup(connection, out, null);
  }

  /**
   * Runs H2's online backup on an open connection and adds the audit signing key (when {@code
   * keyFile} exists) to the zip.
   */
  public static void backup(Connection connection, Path out, @Nullable Path keyFile)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("backup to '" + out.toAbsolutePath().toString().replace("'", "''") + "'");
    }
    DataFolder.restrict(out, DataFolder.FILE);
    if (keyFile != null && Files.isRegularFile(keyFile)) {
      try (FileSystem zip = FileSystems.newFileSystem(out, Map.of())) {
        Files.copy(keyFile, zip.getPath(KEY_ENTRY), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UserFacingException(
            "The backup could not take the audit signing key " + keyFile + ": " + e.getMessage(),
            e);
      }
      DataFolder.restrict(out, DataFolder.FILE);
    }
  }

  /**
   * Backs up a stopped desk by opening its database directly.
   *
   * @throws DeskRunning when a running ClaimDesk holds the database
   */
  public static void backupStopped(DataFolder folder, Path out) throws DeskRunning {
    if (!folder.hasDatabase()) {
      throw new UserFacingException(
          "There is no desk in "
              + folder.path()
              + ": give the data folder with --data-dir or CLAIMDESK_DATA_DIR.");
    }
    String url =
        "jdbc:h2:file:" + folder.path().resolve(DataFolder.DATABASE_NAME) + ";IFEXISTS=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "claimdesk", "")) {
      backup(connection, out, folder.path().resolve(KEY_ENTRY));
    } catch (SQLException e) {
      if (e.getErrorCode() == 90020) {
        throw new DeskRunning();
      }
      throw new UserFacingException(
          "Could not back up " + folder.path() + ": " + e.getMessage(), e);
    }
  }

  /** Unpacks a backup into a folder that holds no database yet. */
  public static void restore(Path backup, DataFolder folder) {
    if (folder.hasDatabase()) {
      throw new UserFacingException(
          "The data folder "
              + folder.path()
              + " already holds a desk: restore only into an empty folder (move the old one"
              + " away first, or give another with --data-dir).");
    }
    try {
      Files.createDirectories(folder.path());
      DataFolder.restrict(folder.path(), DataFolder.FOLDER);
      boolean found = false;
      try (InputStream in = Files.newInputStream(backup);
          ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          String name = entry.getName();
          Path target;
          if (name.equals(DataFolder.DATABASE_NAME + ".mv.db")) {
            target = folder.databaseFile();
            found = true;
          } else if (name.equals(KEY_ENTRY)) {
            target = folder.path().resolve(KEY_ENTRY);
          } else {
            continue;
          }
          Path part =
              Files.createTempFile(
                  folder.path(),
                  "restore",
                  ".part",
                  PosixFilePermissions.asFileAttribute(DataFolder.FILE));
          // Into the owner-only file itself: copying over it would make a new, readable one.
          try (var written = Files.newOutputStream(part)) {
            zip.transferTo(written);
          }
          Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
          DataFolder.restrict(target, DataFolder.FILE);
        }
      }
      if (!found) {
        throw new UserFacingException(
            backup
                + " is not a ClaimDesk backup of the embedded database (no claimdesk.mv.db in it).");
      }
    } catch (java.util.zip.ZipException e) {
      throw new UserFacingException(backup + " is not a ClaimDesk backup (not a zip file).", e);
    } catch (IOException e) {
      throw new UserFacingException("Could not restore " + backup + ": " + e.getMessage(), e);
    }
  }

  /** The database is held by a running ClaimDesk: back up through it instead. */
  public static final class DeskRunning extends Exception {
    DeskRunning() {
      super("the desk is running");
    }
  }
}
