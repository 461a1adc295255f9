package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
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
    OutFile target;
    Instant since;
    Organisation organisation;
    try {
      line = CommandLine.parse(args, valued, Set.of());
      target = OutFile.of(line, "give the file to write with --out");
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
    return new AuditDatabase(line.options, env)
        .run(
            name(),
            target,
            err,
            c -> {
              c.setReadOnly(true);
              List<ObjectNode> reviews = new ArrayList<>();
              new PublishedReviews(c)
                  .since(since, f -> reviews.add(ClaimReviewJson.of(f, organisation)));
              ObjectNode feed = ClaimReviewJson.feed(reviews, organisation, Instant.now());
              try (Writer w = target.writer()) {
                w.write(ClaimReviewJson.write(feed));
                w.write('\n');
              }
              out.printf(
                  Locale.US, "wrote %,d ClaimReviews to %s%n", reviews.size(), target.path());
              return 0;
            });
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
