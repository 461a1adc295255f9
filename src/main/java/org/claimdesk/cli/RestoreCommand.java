package org.claimdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.operations.DataFolder;
import org.claimdesk.operations.H2Backups;
import org.claimdesk.operations.PostgresTools;

/**
 * {@code restore FILE}: puts a backup into an empty data folder (embedded database) or an empty
 * PostgreSQL database (a pg_dump file); never over an existing desk.
 */
public class RestoreCommand implements CliCommand {

  private final Map<String, String> environment;

  public RestoreCommand() {
    this(System.getenv());
  }

  RestoreCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public String name() {
    return "restore";
  }

  @Override
  public String usage() {
    return "restore FILE [--data-dir DIR]";
  }

  @Override
  public String summary() {
    return "Restores a backup into an empty data folder or an empty PostgreSQL database.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of("data-dir"), Set.of());
      if (line.positionals.size() != 1) {
        throw new CommandLine.UsageException("give one backup file");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    Path backup = Path.of(line.positionals.getFirst()).toAbsolutePath();
    if (!Files.isReadable(backup)) {
      err.println(name() + ": cannot read " + backup + ".");
      return 1;
    }
    DeskLocation desk = new DeskLocation(environment, line.options.get("data-dir"));
    if (isPostgresDump(backup)) {
      if (!desk.onPostgres()) {
        err.println(
            name()
                + ": "
                + backup
                + " is a PostgreSQL dump: set CLAIMDESK_DB_URL, CLAIMDESK_DB_USER and"
                + " CLAIMDESK_DB_PASSWORD to the empty database to restore it into.");
        return 1;
      }
      String url = desk.postgresUrl();
      int tables = tables(url, desk.postgresUser(), desk.postgresPassword());
      if (tables > 0) {
        err.println(
            name()
                + ": the database at "
                + url
                + " is not empty ("
                + tables
                + " tables): restore only into a new, empty database.");
        return 1;
      }
      PostgresTools.restore(url, desk.postgresUser(), desk.postgresPassword(), backup);
      out.println("Restored " + backup + " into " + url + ". Start ClaimDesk on it as usual.");
      return 0;
    }
    DataFolder folder = desk.dataFolder();
    H2Backups.restore(backup, folder);
    out.println(
        "Restored "
            + backup
            + " into "
            + folder.path()
            + ". Start ClaimDesk with CLAIMDESK_DATA_DIR="
            + folder.path()
            + ".");
    return 0;
  }

  private static boolean isPostgresDump(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(
          in.readNBytes(5), "PGDMP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false;
    }
  }

  private static int tables(String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password);
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "select count(*) from information_schema.tables where table_schema ="
                        + " current_schema()")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot reach the database at " + url + " (" + e.getMessage() + ")", e);
    }
  }
}
