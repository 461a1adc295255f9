package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.transfer.ColumnMapping;
import org.claimdesk.transfer.DeskArchive;
import org.claimdesk.transfer.ImportFormat;
import org.claimdesk.transfer.ImportProblem;
import org.claimdesk.transfer.ImportProgress;
import org.claimdesk.transfer.ImportRequest;
import org.claimdesk.transfer.ImportService;
import org.claimdesk.transfer.RatingMapping;
import org.claimdesk.users.Role;

/**
 * {@code import <file|folder>}: a bulk import into the stopped desk, with a progress line. A re-run
 * skips what is already in, so an import stopped half-way is completed by running it again.
 */
public class ImportCommand implements CliCommand {

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String usage() {
    return "import <file|folder> [--format jsonl|csv|folder|feed|claimreview|desk] [--user NAME]"
        + " [--columns title=Col,...] [--rating-map \"Label=RATING,...\"] [--data-dir DIR]";
  }

  @Override
  public String summary() {
    return "Imports documents, ClaimReview or a desk export into the stopped desk.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line =
          CommandLine.parse(
              args,
              Set.of("format", "user", "columns", "rating-map", "data-dir", "threads"),
              Set.of());
      if (line.positionals.size() != 1) {
        throw new CommandLine.UsageException("give one file or folder to import");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    Path file = Path.of(line.positionals.getFirst());
    if (!Files.exists(file)) {
      err.println(name() + ": " + file + " does not exist.");
      return 1;
    }
    ImportFormat format;
    ColumnMapping columns;
    RatingMapping ratings;
    try {
      format =
          line.options.containsKey("format")
              ? ImportFormat.named(line.options.get("format"))
              : ImportFormat.guess(file);
      columns = ColumnMapping.parse(line.options.get("columns"));
      ratings = RatingMapping.parse(line.options.get("rating-map"));
    } catch (UserFacingException e) {
      err.println(name() + ": " + e.getMessage());
      return 2;
    }
    String threads =
        line.options.getOrDefault(
            "threads", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())));
    DeskContext desk =
        DeskContext.openFor(
            name(),
            line.options.get("data-dir"),
            Map.of(
                "claimdesk.ingest.extraction-threads", threads,
                "claimdesk.import.workers", threads),
            List.of(),
            "",
            err);
    if (desk == null) {
      return 1;
    }
    try (desk) {
      if (format == ImportFormat.DESK) {
        desk.signInAs(line.options.getOrDefault("user", "admin"), Role.ADMIN);
        DeskArchive.Counts counts = desk.bean(DeskArchive.class).importInto(file);
        out.println("Read the desk export " + file + ": " + counts.describe() + ".");
        return 0;
      }
      desk.signInAs(line.options.getOrDefault("user", "admin"), Role.EDITOR);
      ImportService imports = desk.bean(ImportService.class);
      ImportRequest request =
          new ImportRequest(file, format, columns, ratings, file.getFileName().toString());
      ImportProgress last =
          imports.run(
              request,
              // One line a second, so that logs and scripts that read it see every step.
              p -> err.println(p.describe()));
      List<ImportProblem> problems = imports.problems(last.jobId(), 50);
      for (ImportProblem p : problems) {
        out.println("  line " + p.line() + ": " + p.reason());
      }
      if (last.failed() > problems.size()) {
        out.println("  ... and " + (last.failed() - problems.size()) + " more.");
      }
      out.println(
          String.format(
              "Import %d of %s: %,d imported, %,d already in, %,d failed in %.1f s (%.2f documents/s)%s.",
              last.jobId(),
              file.getFileName(),
              last.imported(),
              last.skipped(),
              last.failed(),
              last.finishedAt() == null
                  ? 0.0
                  : java.time.Duration.between(last.startedAt(), last.finishedAt()).toMillis()
                      / 1000.0,
              last.importedRate(),
              last.message() == null ? "" : ": " + last.message()));
      if (last.state() == ImportProgress.State.DONE) {
        // Claims of a bulk import are matched after its documents are in (and those a killed run
        // left); reported apart, so that both figures can be read.
        err.println(
            "Matching the imported claims (the documents are in: stopping now loses nothing, and"
                + " the desk matches what is left once it runs) ...");
        out.println(imports.matchImported().describe() + ".");
      }
      return switch (last.state()) {
        case DONE -> 0;
        default -> 1;
      };
    } catch (UserFacingException | IllegalArgumentException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }
}
