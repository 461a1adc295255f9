package org.claimdesk.operations;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.claimdesk.shared.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder that holds the embedded database: created owner-only when missing (and said so, so
 * that a typo is noticed), refused when it cannot be written, its files readable by the owner only
 * since they hold password hashes.
 */
public final class DataFolder {

  /** The H2 database's name inside the folder, as in {@code spring.datasource.url}. */
  public static final String DATABASE_NAME = "claimdesk";

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Logger log = LoggerFactory.getLogger(DataFolder.class);

  private final Path path;
  private final String databaseName;

  public DataFolder(Path path) {
    this(path, DATABASE_NAME);
  }

  DataFolder(Path path, String databaseName) {
    this.path = path.toAbsolutePath().normalize();
    this.databaseName = databaseName;
  }

  /** The folder of an H2 file address such as {@code jdbc:h2:file:./data/claimdesk;...}. */
  static DataFolder ofH2Url(String url) {
    String file = url.substring("jdbc:h2:file:".length());
    int options = file.indexOf(';');
    Path database = Path.of(options < 0 ? file : file.substring(0, options));
    Path folder = database.toAbsolutePath().getParent();
    return new DataFolder(folder, database.getFileName().toString());
  }

  public Path path() {
    return path;
  }

  /** The H2 file itself. */
  public Path databaseFile() {
    return path.resolve(databaseName + ".mv.db");
  }

  public boolean hasDatabase() {
    return Files.exists(databaseFile());
  }

  /**
   * Makes the folder ready for the web app: creates it when missing, refuses a read-only one, and
   * creates an empty owner-only database file, which H2 then fills, so that the file is never
   * readable by others. Returns what the console should say, or an empty string.
   */
  String prepare() {
    StringBuilder said = new StringBuilder();
    if (!Files.exists(path)) {
      createFolder();
      said.append("The data folder ")
          .append(path)
          .append(" did not exist and was created. If ClaimDesk should use another folder, stop it")
          .append(" and set CLAIMDESK_DATA_DIR.\n");
    } else if (!Files.isDirectory(path)) {
      throw new StartupProblem(
          "The data folder "
              + path
              + " is a file, not a folder: set CLAIMDESK_DATA_DIR to a folder (claimdesk.data-dir).");
    }
    if (!Files.isWritable(path) || !canCreateFiles()) {
      throw new StartupProblem(
          "The data folder "
              + path
              + " is read-only: give the user running ClaimDesk write access to it, or set"
              + " CLAIMDESK_DATA_DIR to a folder it may write.");
    }
    restrict(path, FOLDER);
    if (hasDatabase()) {
      if (!Files.isWritable(databaseFile())) {
        throw new StartupProblem(
            "The database "
                + databaseFile()
                + " is read-only: ClaimDesk must write to it. Give the user running ClaimDesk write"
                + " access to the file (chmod u+w), or restore a copy into a folder it may write.");
      }
    } else {
      try {
        Files.createFile(databaseFile(), PosixFilePermissions.asFileAttribute(FILE));
      } catch (FileAlreadyExistsException raced) {
        // Another process created it at the same moment; the lock check will tell.
      } catch (UnsupportedOperationException notPosix) {
        // Not a POSIX file system: H2 creates the file with the system's defaults.
      } catch (IOException e) {
        throw new StartupProblem(
            "Cannot create the database in "
                + path
                + " ("
                + e.getMessage()
                + "): check the folder.",
            e);
      }
      said.append("A new desk was created in ").append(path).append('.');
    }
    return said.toString().strip();
  }

  /**
   * Makes every file in the folder owner-only (H2 creates its trace and temporary files itself).
   */
  void restrictFiles() {
    try (Stream<Path> files = Files.list(path)) {
      files.filter(Files::isRegularFile).forEach(file -> restrict(file, FILE));
    } catch (IOException e) {
      log.debug("Could not list {} to restrict its files", path, e);
    }
  }

  private void createFolder() {
    try {
      Files.createDirectories(path);
      restrict(path, FOLDER);
    } catch (IOException e) {
      throw new StartupProblem(
          "Cannot create the data folder "
              + path
              + " ("
              + e.getMessage()
              + "): create it yourself or set CLAIMDESK_DATA_DIR to another folder.",
          e);
    }
  }

  private boolean canCreateFiles() {
    try {
      Path probe = Files.createTempFile(path, ".write-check", ".tmp");
      Files.delete(probe);
      return true;
    } catch (IOException e) {
      log.debug("The data folder {} refused a test file", path, e);
      return false;
    }
  }

  static void restrict(Path file, Set<PosixFilePermission> permissions) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (view != null && !view.readAttributes().permissions().equals(permissions)) {
        view.setPermissions(permissions);
      }
    } catch (IOException e) {
      log.warn("Could not make {} readable by its owner only: {}", file, e.getMessage());
    }
  }
}
