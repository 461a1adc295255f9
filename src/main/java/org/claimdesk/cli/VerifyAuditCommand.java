package org.claimdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.audit.log.NoteKey;

/**
 * {@code verify-audit}: checks an audit export offline, with no database and only the public key,
 * or (with {@code --database}) the stored log of a stopped installation against every checkpoint.
 */
public class VerifyAuditCommand implements CliCommand {

  private final Map<String, String> env;

  public VerifyAuditCommand() {
    this(System.getenv());
  }

  VerifyAuditCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public String name() {
    return "verify-audit";
  }

  @Override
  public String usage() {
    return "verify-audit FILE [--key PUBLIC_KEY_FILE] [--checkpoint FILE] | --database";
  }

  @Override
  public String summary() {
    return "Verifies an audit export offline, or the stored audit log (--database).";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    Set<String> valued = new HashSet<>(AuditDatabase.OPTIONS);
    valued.addAll(Set.of("key", "checkpoint"));
    try {
      line = CommandLine.parse(args, valued, Set.of("database"));
      boolean database = line.flags.contains("database");
      if (database ? !line.positionals.isEmpty() : line.positionals.size() != 1) {
        throw new CommandLine.UsageException(
            database ? "--database takes no file" : "give one export file to verify");
      }
    } catch (CommandLine.UsageException e) {
      err.println(
          name() + ": " + e.getMessage() + ". Usage: " + usage() + " " + AuditDatabase.USAGE);
      return 2;
    }
    try {
      NoteKey key =
          line.options.containsKey("key") ? readKey(Path.of(line.options.get("key"))) : null;
      if (line.flags.contains("database")) {
        return verifyDatabase(new AuditDatabase(line.options, env), key, out, err);
      }
      String earlier =
          line.options.containsKey("checkpoint")
              ? Files.readString(Path.of(line.options.get("checkpoint")), StandardCharsets.UTF_8)
              : null;
      Path file = Path.of(line.positionals.getFirst());
      ExportVerifier.Result result;
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        result = ExportVerifier.verify(reader, key, earlier);
      }
      (result.intact() ? out : err).println(result.message());
      return result.intact() ? 0 : 1;
    } catch (NoSuchFileException e) {
      err.println(name() + ": no such file: " + e.getFile());
      return 1;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(name() + ": cannot read the file: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }

  private int verifyDatabase(AuditDatabase db, NoteKey key, PrintStream out, PrintStream err) {
    NoteKey verifier = key != null ? key : db.signingKey();
    try (Connection c = db.connect()) {
      c.setReadOnly(true);
      AuditStore.DatabaseVerdict verdict = AuditStore.verify(c, verifier);
      (verdict.intact() ? out : err).println(verdict.message());
      return verdict.intact() ? 0 : 1;
    } catch (SQLException e) {
      err.println(name() + ": cannot read the database: " + e.getMessage());
      return 1;
    }
  }

  /** A public key file: the verifier key line (a signing key file's second line also does). */
  static NoteKey readKey(Path file) throws IOException {
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.startsWith("PRIVATE+KEY+")) {
        return NoteKey.parseVerifier(l.strip());
      }
    }
    throw new IllegalArgumentException("no public key in " + file);
  }
}
