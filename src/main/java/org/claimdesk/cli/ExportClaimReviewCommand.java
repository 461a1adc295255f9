package org.claimdesk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimdesk.publishing.ClaimReviewJson;
import org.claimdesk.publishing.Organisation;
import org.claimdesk.publishing.PublishedReviews;
import org.claimdesk.shared.UserFacingException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code export-claimreview --out FILE}: writes the ClaimReview DataFeed of a stopped installation
 * (its data folder or database settings), the same feed as {@code GET /api/v1/claimreview}.
 */
public class ExportClaimReviewCommand implements CliCommand {

  private final Map<String, String> env;

  public ExportClaimReviewCommand() {
    this(System.getenv());
  }

  ExportClaimReviewCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public String name() {
    return "export-claimreview";
  }

  @Override
  public String usage() {
    return "export-claimreview --out FILE [--since YYYY-MM-DD] [--organisation-name NAME]"
        + " [--organisation-url URL]";
  }

  @Override
  public String summary() {
    return "Exports the ClaimReview of every published verdict as a schema.org DataFeed.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    Set<String> valued = new HashSet<>(AuditDatabase.OPTIONS);
    valued.addAll(Set.of("out", "since", "organisation-name", "organisation-url"));
    Instant since;
    Organisation organisation;
    try {
      line = CommandLine.parse(args, valued, Set.of());
      if (!line.positionals.isEmpty() || !line.options.containsKey("out")) {
        throw new CommandLine.UsageException("give the file to write with --out");
      }
      since = since(line.options.get("since"));
      organisation =
          Organisation.configured(
              setting(line, "organisation-name", "CLAIMDESK_ORGANISATION_NAME"),
              setting(line, "organisation-url", "CLAIMDESK_ORGANISATION_URL"));
    } catch (CommandLine.UsageException | UserFacingException e) {
      err.println(
          name() + ": " + e.getMessage() + ". Usage: " + usage() + " " + AuditDatabase.USAGE);
      return 2;
    }
    AuditDatabase db = new AuditDatabase(line.options, env);
    Path target = Path.of(line.options.get("out"));
    try (Connection c = db.connect()) {
      c.setReadOnly(true);
      List<ObjectNode> reviews = new ArrayList<>();
      new PublishedReviews(c).since(since, f -> reviews.add(ClaimReviewJson.of(f, organisation)));
      ObjectNode feed = ClaimReviewJson.feed(reviews, organisation, Instant.now());
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
        w.write(ClaimReviewJson.write(feed));
        w.write('\n');
      }
      out.printf(Locale.US, "wrote %,d ClaimReviews to %s%n", reviews.size(), target);
      return 0;
    } catch (SQLException e) {
      err.println(
          name() + ": cannot use the database (is ClaimDesk still running?): " + e.getMessage());
      return 1;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(name() + ": cannot write " + target + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }

  private String setting(CommandLine line, String option, String variable) {
    String value = line.options.get(option);
    return value == null || value.isBlank() ? env.get(variable) : value;
  }

  private static Instant since(String text) throws CommandLine.UsageException {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.UsageException("'" + text + "' is not a date like 2026-11-30");
    }
  }
}
