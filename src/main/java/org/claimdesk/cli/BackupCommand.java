package org.claimdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.operations.DataFolder;
import org.claimdesk.operations.H2Backups;
import org.claimdesk.operations.PostgresTools;

/**
 * {@code backup --out FILE}: a consistent copy of the desk, running or stopped. The embedded
 * database is copied directly when the desk is stopped and through the running desk's {@code POST
 * /actuator/backup} (an admin's name and password) when it runs; PostgreSQL through pg_dump.
 */
public class BackupCommand implements CliCommand {

  private final Map<String, String> environment;

  public BackupCommand() {
    this(System.getenv());
  }

  BackupCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public String name() {
    return "backup";
  }

  @Override
  public String usage() {
    return "backup --out FILE [--data-dir DIR] [--url URL] [--user NAME]";
  }

  @Override
  public String summary() {
    return "Backs up the desk (running or stopped; PostgreSQL through pg_dump).";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of("out", "data-dir", "url", "user"), Set.of());
      if (!line.positionals.isEmpty() || !line.options.containsKey("out")) {
        throw new CommandLine.UsageException("give the backup file with --out FILE");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    Path target = Path.of(line.options.get("out")).toAbsolutePath();
    if (Files.exists(target)) {
      err.println(name() + ": " + target + " already exists: choose another file.");
      return 1;
    }
    DeskLocation desk = new DeskLocation(environment, line.options.get("data-dir"));
    if (desk.onPostgres()) {
      PostgresTools.dump(desk.postgresUrl(), desk.postgresUser(), desk.postgresPassword(), target);
      restrict(target);
      out.println("Backed up the PostgreSQL database to " + target + " (pg_dump).");
      return 0;
    }
    DataFolder folder = desk.dataFolder();
    try {
      H2Backups.backupStopped(folder, target);
      out.println("Backed up the stopped desk in " + folder.path() + " to " + target + ".");
      return 0;
    } catch (H2Backups.DeskRunning running) {
      return backupThroughRunningDesk(line, folder, target, in, out, err);
    }
  }

  private int backupThroughRunningDesk(
      CommandLine line,
      DataFolder folder,
      Path target,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    String base =
        line.options.getOrDefault(
            "url", "http://localhost:" + environment.getOrDefault("PORT", "8080"));
    String user = line.options.getOrDefault("user", "admin");
    String password = environment.get("CLAIMDESK_PASSWORD");
    if (password == null) {
      err.println(
          "The desk in "
              + folder.path()
              + " is running: backing up through it at "
              + base
              + ". Password of '"
              + user
              + "' (or set CLAIMDESK_PASSWORD):");
      try {
        password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      } catch (IOException e) {
        password = null;
      }
      if (password == null) {
        err.println(name() + ": no password given.");
        return 2;
      }
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/actuator/backup"))
            .timeout(Duration.ofHours(2))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      Path part =
          Files.createTempFile(
              target.getParent(),
              ".backup",
              ".part",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      HttpResponse<Path> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofFile(part));
      if (response.statusCode() != 200) {
        Files.deleteIfExists(part);
        err.println(
            name()
                + ": the desk at "
                + base
                + (response.statusCode() == 401 || response.statusCode() == 403
                    ? " refused '" + user + "': give an admin's name (--user) and password."
                    : " answered " + response.statusCode() + "; see its log."));
        return 1;
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      out.println("Backed up the running desk at " + base + " to " + target + ".");
      return 0;
    } catch (ConnectException e) {
      err.println(
          name()
              + ": the desk in "
              + folder.path()
              + " is in use but nothing answers at "
              + base
              + ": give the running desk's address with --url.");
      return 1;
    } catch (IOException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException | UnsupportedOperationException ignored) {
      // Not a POSIX file system.
    }
  }
}
