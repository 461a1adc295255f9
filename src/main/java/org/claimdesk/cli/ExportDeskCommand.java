package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.transfer.DeskArchive;
import org.claimdesk.users.Role;

/** {@code export-desk --out FILE.zip}: the whole stopped desk for another installation. */
public class ExportDeskCommand implements CliCommand {

  @Override
  public String name() {
    return "export-desk";
  }

  @Override
  public String usage() {
    return "export-desk --out FILE.zip [--user NAME] [--data-dir DIR]";
  }

  @Override
  public String summary() {
    return "Exports the whole desk (no password hashes) as a zip that import --format desk reads.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    Path target;
    try {
      line = CommandLine.parse(args, Set.of("out", "user", "data-dir"), Set.of());
      target =
          OutFile.of(line, "give the zip to write with --out FILE.zip").path().toAbsolutePath();
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    if (Files.exists(target)) {
      err.println(name() + ": " + target + " already exists: choose another file.");
      return 1;
    }
    DeskContext desk =
        DeskContext.openFor(name(), line.options.get("data-dir"), Map.of(), List.of(), "", err);
    if (desk == null) {
      return 1;
    }
    try (desk) {
      desk.signInAs(line.options.getOrDefault("user", "admin"), Role.ADMIN);
      DeskArchive.Counts counts = desk.bean(DeskArchive.class).export(target);
      out.println("Exported the desk to " + target + ": " + counts.describe() + ".");
      return 0;
    } catch (UserFacingException | IllegalArgumentException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }
}
