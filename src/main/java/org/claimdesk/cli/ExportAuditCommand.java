package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.audit.log.PendingEntry;

/**
 * {@code export-audit --out FILE}: writes the audit export of a stopped installation (its data
 * folder or database settings), signing a fresh checkpoint with the installation's key.
 */
public class ExportAuditCommand implements CliCommand {

  private final Map<String, String> env;

  public ExportAuditCommand() {
    this(System.getenv());
  }

  ExportAuditCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public String name() {
    return "export-audit";
  }

  @Override
  public String usage() {
    return "export-audit --out FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--since SIZE]";
  }

  @Override
  public String summary() {
    return "Exports the audit log of a stopped installation as verifiable JSON Lines.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    Set<String> valued = new HashSet<>(AuditDatabase.OPTIONS);
    valued.addAll(Set.of("out", "from", "to", "since"));
    OutFile target;
    AuditStore.ExportRequest request;
    try {
      line = CommandLine.parse(args, valued, Set.of());
      target = OutFile.of(line, "give the file to write with --out");
      request =
          new AuditStore.ExportRequest(
              day(line.options.get("from"), 0),
              day(line.options.get("to"), 1),
              since(line.options.get("since")));
    } catch (CommandLine.UsageException e) {
      err.println(
          name() + ": " + e.getMessage() + ". Usage: " + usage() + " " + AuditDatabase.USAGE);
      return 2;
    }
    AuditDatabase db = new AuditDatabase(line.options, env);
    NoteKey key;
    try {
      key = db.signingKey();
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
    return db.run(
        name(),
        target,
        err,
        c -> {
          c.setAutoCommit(false);
          AuditStore.append(
              c,
              List.of(
                  PendingEntry.security(
                      "system",
                      "EXPORT_MADE",
                      null,
                      Map.of(
                          "by",
                          "export-audit command line",
                          "file",
                          target.path().getFileName().toString()))));
          AuditStore.StoredCheckpoint checkpoint = AuditStore.signCheckpoint(c, key, key.name());
          c.commit();
          long written;
          try (Writer w = target.writer()) {
            written = AuditStore.export(c, w, key, checkpoint, request, n -> {});
          }
          c.commit();
          out.printf(
              Locale.US,
              "wrote %,d entries to %s (checkpoint of %,d entries, root %s)%n",
              written,
              target.path(),
              checkpoint.size(),
              java.util.Base64.getEncoder().encodeToString(checkpoint.root()));
          return 0;
        });
  }

  private static java.time.Instant day(String text, int plusDays)
      throws CommandLine.UsageException {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text)
          .plusDays(plusDays)
          .atStartOfDay(ZoneId.systemDefault())
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.UsageException("'" + text + "' is not a date like 2025-11-23");
    }
  }

  private static Long since(String text) throws CommandLine.UsageException {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new CommandLine.UsageException("--since takes the tree size of an earlier checkpoint");
    }
  }
}
