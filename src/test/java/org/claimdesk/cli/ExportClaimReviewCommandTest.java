package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.claimdesk.publishing.SchemaOrgVocabulary;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * export-claimreview on a stopped installation's data folder (an H2 file made by the real
 * migrations): a claim seen in two documents, published, then corrected.
 */
class ExportClaimReviewCommandTest {

  @TempDir Path data;

  String url() {
    return "jdbc:h2:file:" + data.toAbsolutePath().resolve("claimdesk");
  }

  @BeforeEach
  void installation() throws Exception {
    Flyway.configure()
        .dataSource(url(), "claimdesk", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url(), "claimdesk", "");
        Statement s = c.createStatement()) {
      s.execute(
          "insert into document (id, version, title, outlet, url, published_date, content_hash,"
              + " ingested_by, ingested_at) values"
              + " (1, 0, 'Talks in Geneva', 'Xinhua', 'https://news.example/a', date '2026-11-20',"
              + " 'h1', 'eda', timestamp with time zone '2026-11-20 08:00:00+00'),"
              + " (2, 0, 'Geneva again', 'Metro Herald', 'https://news.example/b', null, 'h2',"
              + " 'eda', timestamp with time zone '2026-11-25 08:00:00+00')");
      s.execute(
          "insert into claim (id, version, statement, claimant_name, claimant_kind, status,"
              + " checkworthiness, first_document_id, created_at, updated_at, current_rating)"
              + " values (5, 0, 'The talks will be held in Geneva', 'Wang Yi', 'PERSON',"
              + " 'PUBLISHED', 0.8, 1, current_timestamp, current_timestamp, 'FALSE')");
      for (int i = 1; i <= 2; i++) {
        s.execute(
            "insert into claim_item (id, version, claim_id, document_id, item_position, item_text,"
                + " start_offset, end_offset, score, checkworthy) values ("
                + i
                + ", 0, 5, "
                + i
                + ", 0, 'The talks will be held in Geneva', 0, 10, 0.8, true)");
      }
      s.execute(
          "insert into verdict (id, version, claim_id, rating, summary, state, author, approver,"
              + " created_at, published_at, review_url) values (1, 0, 5, 'TRUE', 'Confirmed',"
              + " 'SUPERSEDED', 'rita', 'eda', current_timestamp,"
              + " timestamp with time zone '2026-11-21 09:00:00+00', 'https://desk.example/1')");
      s.execute(
          "insert into verdict (id, version, claim_id, rating, summary, state, author, approver,"
              + " created_at, published_at, review_url, supersedes_id, published_claim_id) values"
              + " (2, 0, 5, 'FALSE', 'Moved to Vienna', 'PUBLISHED', 'rita', 'ben',"
              + " current_timestamp, timestamp with time zone '2026-11-26 09:00:00+00',"
              + " 'https://desk.example/1', 1, 5)");
    }
  }

  private static CommandRunner.Result run(CliCommand command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        command.run(
            List.of(args),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandRunner.Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_feed_of_a_stopped_installation_has_the_corrected_review_with_its_appearances()
      throws Exception {
    Path out = data.resolve("feed.json");
    var result =
        run(
            new ExportClaimReviewCommand(
                Map.of(
                    "CLAIMDESK_ORGANISATION_NAME", "Geneva Fact Desk",
                    "CLAIMDESK_ORGANISATION_URL", "https://factdesk.example")),
            "--out",
            out.toString(),
            "--data-dir",
            data.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("wrote 1 ClaimReviews to ");
    JsonNode feed = JsonMapper.builder().build().readTree(Files.readString(out));
    assertThat(new SchemaOrgVocabulary().problems(feed)).isEmpty();
    JsonNode review = feed.get("dataFeedElement").get(0).get("item").get(0);
    assertThat(review.get("claimReviewed").asString())
        .isEqualTo("The talks will be held in Geneva");
    assertThat(review.get("datePublished").asString()).isEqualTo("2026-11-21T09:00:00Z");
    assertThat(review.get("dateModified").asString()).isEqualTo("2026-11-26T09:00:00Z");
    assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("False");
    assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(3);
    assertThat(review.get("reviewRating").get("bestRating").asInt()).isEqualTo(7);
    JsonNode claim = review.get("itemReviewed");
    assertThat(claim.get("author").get("name").asString()).isEqualTo("Wang Yi");
    assertThat(claim.get("firstAppearance").get("url").asString())
        .isEqualTo("https://news.example/a");
    assertThat(claim.get("appearance")).hasSize(2);
    assertThat(claim.get("appearance").get(1).get("datePublished").asString())
        .isEqualTo("2026-11-25");
  }

  @Test
  void without_the_organisation_the_command_says_what_to_set() {
    var result =
        run(
            new ExportClaimReviewCommand(Map.of()),
            "--out",
            data.resolve("x.json").toString(),
            "--data-dir",
            data.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("claimdesk.organisation.name");
  }
}
