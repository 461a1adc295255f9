package org.claimdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.claimdesk.audit.log.KeyFiles;
import org.claimdesk.audit.log.NoteKey;

/**
 * The database and signing key of a stopped installation, as the command line finds them: options
 * first, then the environment the web app reads ({@code CLAIMDESK_DATA_DIR}, {@code
 * CLAIMDESK_DB_URL}, {@code CLAIMDESK_DB_USER}, {@code CLAIMDESK_DB_PASSWORD}, {@code
 * CLAIMDESK_AUDIT_KEY_FILE}, {@code CLAIMDESK_AUDIT_ORIGIN}), then the defaults (H2 in ./data).
 */
final class AuditDatabase {

  static final Set<String> OPTIONS =
      Set.of("data-dir", "db-url", "db-user", "db-password", "key-file", "origin");
  static final String USAGE =
      "[--data-dir DIR | --db-url URL --db-user USER --db-password PASSWORD] [--key-file FILE]";

  private final Map<String, String> options;
  private final Map<String, String> env;

  AuditDatabase(Map<String, String> options, Map<String, String> env) {
    this.options = options;
    this.env = env;
  }

  private String setting(String option, String variable, String fallback) {
    String v = options.get(option);
    if (v == null || v.isBlank()) {
      v = env.get(variable);
    }
    return v == null || v.isBlank() ? fallback : v;
  }

  Path dataDir() {
    return Path.of(setting("data-dir", "CLAIMDESK_DATA_DIR", "./data"));
  }

  String origin() {
    return setting("origin", "CLAIMDESK_AUDIT_ORIGIN", "claimdesk/audit");
  }

  Path keyFile() {
    return KeyFiles.location(dataDir(), setting("key-file", "CLAIMDESK_AUDIT_KEY_FILE", ""));
  }

  /** The signing key; it must exist, since a stopped installation has made one already. */
  NoteKey signingKey() {
    Path file = keyFile();
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "no audit signing key at "
              + file
              + "; give --key-file or --data-dir of the installation");
    }
    return KeyFiles.read(file);
  }

  /** What a command does on the stopped desk's database. */
  interface Work {
    int run(Connection connection) throws SQLException, IOException;
  }

  /**
   * Runs {@code work} on a connection to the database and returns its exit code; when the database
   * cannot be used or {@code target} written, says why on {@code err} as every such command does,
   * and returns 1.
   */
  int run(String command, OutFile target, PrintStream err, Work work) {
    try (Connection c = connect()) {
      return work.run(c);
    } catch (SQLException e) {
      err.println(
          command + ": cannot use the database (is ClaimDesk still running?): " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println(target.cannotWrite(command, e));
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(command + ": " + e.getMessage());
      return 1;
    }
  }

  Connection connect() throws SQLException {
    String url = setting("db-url", "CLAIMDESK_DB_URL", "");
    if (url.isBlank()) {
      Path db = dataDir().resolve("claimdesk.mv.db");
      if (!Files.exists(db)) {
        throw new IllegalArgumentException(
            "no ClaimDesk database in "
                + dataDir().toAbsolutePath()
                + "; give --data-dir or --db-url");
      }
      url = "jdbc:h2:file:" + dataDir().toAbsolutePath().resolve("claimdesk") + ";IFEXISTS=TRUE";
      return DriverManager.getConnection(
          url,
          setting("db-user", "CLAIMDESK_DB_USER", "claimdesk"),
          setting("db-password", "CLAIMDESK_DB_PASSWORD", ""));
    }
    return DriverManager.getConnection(
        url,
        setting("db-user", "CLAIMDESK_DB_USER", ""),
        setting("db-password", "CLAIMDESK_DB_PASSWORD", ""));
  }
}
