package org.claimdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each import format, with broken records among good ones, and re-runs that skip what is in. */
@IntegrationTest
class ImportFormatsTest {

  private static final AtomicLong SEEDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);

  @Autowired ImportService imports;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired VerdictService verdicts;
  @Autowired ApplicationContext context;
  @TempDir Path dir;
  private String editor = "";

  @BeforeEach
  void anEditor() {
    editor = new DeskScenario(context).people.editor();
  }

  private ImportProgress run(ImportRequest request) {
    return SignedIn.as(editor, Role.EDITOR, () -> imports.run(request, p -> {}));
  }

  private List<ImportProblem> problems(ImportProgress p) {
    return SignedIn.as(editor, Role.EDITOR, () -> imports.problems(p.jobId(), 100));
  }

  private List<DocumentSummary> stored(String titlePart) {
    return SignedIn.as(editor, Role.EDITOR, () -> documents.recent(500)).stream()
        .filter(d -> d.title().contains(titlePart))
        .toList();
  }

  @Test
  void json_lines_imports_the_good_lines_reports_the_broken_ones_by_line_and_a_rerun_skips_all()
      throws Exception {
    long seed = SEEDS.addAndGet(100);
    byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, '\n'};
    var out = new java.io.ByteArrayOutputStream();
    out.write((ImportFiles.jsonLine(seed, 120) + "\n").getBytes(StandardCharsets.UTF_8));
    out.write("{\"title\": \"Broken\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
    out.write((ImportFiles.jsonLine(seed + 1, 120) + "\n").getBytes(StandardCharsets.UTF_8));
    out.write(
        "{\"title\": \"No text here\", \"outlet\": \"X\"}\n".getBytes(StandardCharsets.UTF_8));
    out.write(binary);
    out.write((ImportFiles.jsonLine(seed + 2, 120) + "\n").getBytes(StandardCharsets.UTF_8));
    out.write(
        "{\"title\": \"Bad date\", \"publishedDate\": \"yesterday\", \"text\": \"The mayor said rents rose.\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    Path file = ImportFiles.write(dir.resolve("wire.jsonl"), out.toByteArray());

    ImportProgress first = run(ImportRequest.of(file, ImportFormat.JSONL));

    assertThat(first.state()).isEqualTo(ImportProgress.State.DONE);
    assertThat(first.imported()).isEqualTo(3);
    assertThat(first.failed()).isEqualTo(4);
    assertThat(first.total()).isEqualTo(7);
    assertThat(problems(first)).extracting(ImportProblem::line).containsExactly(2, 4, 5, 7);
    assertThat(problems(first).get(1).reason()).isEqualTo("no text");
    assertThat(problems(first).get(2).reason()).isEqualTo("not UTF-8 text (binary data?)");
    assertThat(problems(first).get(0).reason()).startsWith("not valid JSON");
    assertThat(problems(first).get(3).reason()).contains("yesterday");
    assertThat(stored("(" + seed + ")")).hasSize(1);
    DocumentSummary doc = stored("(" + seed + ")").getFirst();
    assertThat(doc.outlet()).isEqualTo("The Test Courier");
    assertThat(doc.url()).isEqualTo("https://courier.example/" + seed);
    assertThat(doc.publishedDate()).hasToString("2026-03-14");
    assertThat(doc.ingestedBy()).isEqualTo(editor);

    ImportProgress again = run(ImportRequest.of(file, ImportFormat.JSONL));

    assertThat(again.imported()).isZero();
    assertThat(again.skipped()).isEqualTo(3);
    assertThat(again.failed()).isEqualTo(4);
    assertThat(stored("(" + seed + ")")).hasSize(1);
  }

  @Test
  void csv_maps_columns_by_header_or_by_the_given_mapping_and_reads_quoted_line_breaks() {
    long seed = SEEDS.addAndGet(100);
    String body = GeneratedArticles.text(seed, 80).replace("\"", "\"\"");
    String csv =
        "Headline,Site,Link,Day,Body\r\n"
            + "\"Rents, again ("
            + seed
            + ")\",Courier,https://c.example/1,2026-02-01,\""
            + body
            + "\n\nSecond paragraph: the mayor said rents rose by 4 percent.\"\r\n"
            + "Short row ("
            + seed
            + "),Courier\r\n"
            + "Empty ("
            + seed
            + "),Courier,,2026-02-02,\r\n";
    Path file = ImportFiles.write(dir.resolve("partner.csv"), csv);

    // The first record starts on line 2 and spans the line breaks in its quoted body.
    int shortRow = 3 + (int) body.chars().filter(c -> c == '\n').count() + 2;
    ImportProgress byDefault = run(ImportRequest.of(file, ImportFormat.CSV));
    assertThat(byDefault.state()).isEqualTo(ImportProgress.State.DONE);
    assertThat(byDefault.imported()).isEqualTo(1);
    assertThat(problems(byDefault))
        .extracting(ImportProblem::line, ImportProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(shortRow, "2 cells where the header has 5"),
            org.assertj.core.groups.Tuple.tuple(shortRow + 1, "no text"));
    DocumentSummary doc = stored("Rents, again (" + seed + ")").getFirst();
    assertThat(doc.outlet()).isEqualTo("Courier");
    assertThat(doc.publishedDate()).hasToString("2026-02-01");
    String text =
        SignedIn.as(editor, Role.EDITOR, () -> documents.originalText(doc.id()).orElseThrow());
    assertThat(text).contains("\n\nSecond paragraph").doesNotContain("\"\"");

    // A mapping that names other columns: the outlet now comes from Link.
    Path other =
        ImportFiles.write(
            dir.resolve("other.csv"), csv.replace("(" + seed + ")", "(" + seed + "b)"));
    ImportProgress mapped =
        run(
            new ImportRequest(
                other,
                ImportFormat.CSV,
                ColumnMapping.parse("outlet=Link,title=Headline"),
                RatingMapping.none(),
                "other.csv"));
    assertThat(mapped.imported()).isEqualTo(0); // same text as before: already in
    assertThat(mapped.skipped()).isEqualTo(1);

    ImportPreview preview =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                imports.preview(
                    new ImportRequest(
                        other,
                        ImportFormat.CSV,
                        ColumnMapping.parse("outlet=Link"),
                        RatingMapping.none(),
                        "other.csv"),
                    10));
    assertThat(preview.header()).containsExactly("Headline", "Site", "Link", "Day", "Body");
    assertThat(preview.columns())
        .containsEntry("title", "Headline")
        .containsEntry("outlet", "Link")
        .containsEntry("publishedDate", "Day")
        .containsEntry("text", "Body");
    assertThat(preview.rows()).hasSize(3);
    assertThat(preview.rows().get(1).problem()).isEqualTo("2 cells where the header has 5");
  }

  @Test
  void a_folder_of_text_and_html_files_becomes_one_document_a_file_with_html_boilerplate_stripped()
      throws Exception {
    long seed = SEEDS.addAndGet(100);
    Path folder = Files.createDirectory(dir.resolve("archive"));
    Files.writeString(
        folder.resolve("a.txt"),
        "Budget row (" + seed + ")\n\n" + GeneratedArticles.text(seed, 100));
    Files.writeString(
        folder.resolve("b.html"),
        "<html><head><title>Rail fares &amp; more ("
            + seed
            + ")</title></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article><p>"
            + GeneratedArticles.text(seed + 1, 100)
            + "</p></article>"
            + "<footer>Copyright 2026 The Courier. All rights reserved.</footer></body></html>");
    Files.write(folder.resolve("c.txt"), new byte[0]);
    Files.writeString(folder.resolve("notes.md"), "not read");

    ImportProgress p = run(ImportRequest.of(folder, ImportFormat.FOLDER));

    assertThat(p.total()).isEqualTo(3);
    assertThat(p.imported()).isEqualTo(2);
    assertThat(problems(p))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.line()).isEqualTo(3);
              assertThat(x.reason()).startsWith("c.txt: ").contains("empty");
            });
    assertThat(stored("Budget row (" + seed + ")")).hasSize(1);
    assertThat(stored("Rail fares & more (" + seed + ")")).hasSize(1);
  }

  @Test
  void rss_and_atom_feeds_are_read_and_a_feed_with_an_external_entity_is_refused_unread()
      throws Exception {
    long seed = SEEDS.addAndGet(100);
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Courier Wire</title>"
            + "<item><title>Energy prices ("
            + seed
            + ")</title><link>https://c.example/e</link>"
            + "<pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate><content:encoded><![CDATA[<p>"
            + GeneratedArticles.text(seed, 90)
            + "</p>]]></content:encoded></item>"
            + "<item><title>Empty item ("
            + seed
            + ")</title></item>"
            + "</channel></rss>";
    ImportProgress fromRss =
        run(ImportRequest.of(ImportFiles.write(dir.resolve("wire.rss"), rss), ImportFormat.FEED));
    assertThat(fromRss.imported()).isEqualTo(1);
    assertThat(problems(fromRss))
        .extracting(ImportProblem::line, ImportProblem::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "no text"));
    DocumentSummary energy = stored("Energy prices (" + seed + ")").getFirst();
    assertThat(energy.outlet()).isEqualTo("Courier Wire");
    assertThat(energy.publishedDate()).hasToString("2026-03-10");
    assertThat(energy.url()).isEqualTo("https://c.example/e");

    String atom =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Courier</title>"
            + "<entry><title>Housing ("
            + seed
            + ")</title><link rel=\"alternate\" href=\"https://a.example/h\"/>"
            + "<published>2026-03-11T10:00:00Z</published><content type=\"html\">"
            + GeneratedArticles.text(seed + 1, 90)
            + "</content></entry></feed>";
    ImportProgress fromAtom =
        run(ImportRequest.of(ImportFiles.write(dir.resolve("a.atom"), atom), ImportFormat.FEED));
    assertThat(fromAtom.imported()).isEqualTo(1);
    assertThat(stored("Housing (" + seed + ")").getFirst().outlet()).isEqualTo("Atom Courier");

    Path secret = ImportFiles.write(dir.resolve("secret.txt"), "TOP-SECRET-" + seed);
    String hostile =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<rss><channel><title>Evil</title><item><title>Leak ("
            + seed
            + ")</title>"
            + "<description>&x; The minister said taxes rose by 5 percent.</description></item></channel></rss>";
    ImportProgress refused =
        run(
            ImportRequest.of(
                ImportFiles.write(dir.resolve("evil.xml"), hostile), ImportFormat.FEED));
    assertThat(refused.state()).isEqualTo(ImportProgress.State.FAILED);
    assertThat(refused.message()).contains("DOCTYPE");
    assertThat(refused.imported()).isZero();
    assertThat(stored("Leak (" + seed + ")")).isEmpty();
  }

  @Test
  void claim_review_becomes_published_claims_with_the_mapped_rating_recorded_as_imported() {
    long seed = SEEDS.addAndGet(100);
    String feed =
        "{\"@context\":\"https://schema.org\",\"@type\":\"DataFeed\",\"dataFeedElement\":["
            + review(
                "https://checks.example/" + seed + "/1",
                "The bridge cost 4 billion (" + seed + ")",
                "Mostly false",
                "Jane Roe")
            + ","
            + review(
                "https://checks.example/" + seed + "/2",
                "Taxes doubled (" + seed + ")",
                "Pants on fire",
                "John Doe")
            + ",{\"@type\":\"ClaimReview\",\"claimReviewed\":\"no url\"}"
            + "]}";
    Path file = ImportFiles.write(dir.resolve("reviews.json"), feed);
    ImportRequest request =
        new ImportRequest(
            file,
            ImportFormat.CLAIMREVIEW,
            ColumnMapping.none(),
            RatingMapping.parse("Mostly false=MOSTLY_FALSE"),
            "reviews.json");

    ImportPreview preview = SignedIn.as(editor, Role.EDITOR, () -> imports.preview(request, 10));
    assertThat(preview.ratingLabels())
        .containsEntry("Mostly false", "MOSTLY_FALSE")
        .containsEntry("Pants on fire", null);

    ImportProgress p = run(request);

    assertThat(p.imported()).isEqualTo(1);
    assertThat(problems(p)).extracting(ImportProblem::line).containsExactly(2, 3);
    assertThat(problems(p).get(0).reason()).contains("'Pants on fire' is not mapped");
    assertThat(problems(p).get(1).reason()).startsWith("no url");

    var claim =
        SignedIn.as(
                editor,
                Role.EDITOR,
                () ->
                    claims.queue(
                        org.claimdesk.claims.ClaimFilter.all(),
                        org.springframework.data.domain.PageRequest.of(0, 20_000)))
            .stream()
            .filter(c -> c.statement().contains("The bridge cost 4 billion (" + seed + ")"))
            .findFirst()
            .orElseThrow();
    assertThat(claim.status()).isEqualTo(ClaimStatus.PUBLISHED);
    assertThat(claim.claimantName()).isEqualTo("Jane Roe");
    List<VerdictSummary> found =
        SignedIn.as(editor, Role.EDITOR, () -> verdicts.forClaim(claim.id()));
    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.state()).isEqualTo(VerdictState.PUBLISHED);
              assertThat(v.rating()).isEqualTo(Rating.MOSTLY_FALSE);
              assertThat(v.author()).isEqualTo("Checks Weekly");
              assertThat(v.approver()).isEqualTo(editor);
            });

    ImportProgress again = run(request);
    assertThat(again.imported()).isZero();
    assertThat(again.skipped()).isEqualTo(1);
  }

  private static String review(String url, String claim, String rating, String speaker) {
    return "{\"@type\":\"ClaimReview\",\"url\":\""
        + url
        + "\",\"claimReviewed\":\""
        + claim
        + "\","
        + "\"datePublished\":\"2026-01-05\",\"author\":{\"@type\":\"Organization\",\"name\":\"Checks Weekly\"},"
        + "\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":2,\"alternateName\":\""
        + rating
        + "\"},"
        + "\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"@type\":\"Person\",\"name\":\""
        + speaker
        + "\"}}}";
  }

  @Test
  void a_background_job_shows_progress_after_the_page_is_left_and_can_be_cancelled()
      throws Exception {
    long seed = SEEDS.addAndGet(100);
    Path file = ImportFiles.jsonLines(dir.resolve("many.jsonl"), seed, 40, 150);

    long job =
        SignedIn.as(
            editor, Role.EDITOR, () -> imports.start(ImportRequest.of(file, ImportFormat.JSONL)));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    ImportProgress seen;
    do {
      Thread.sleep(100);
      seen = SignedIn.as(editor, Role.EDITOR, () -> imports.progress(job).orElseThrow());
    } while (seen.imported() < 1 && Instant.now().isBefore(deadline));
    assertThat(seen.state()).isEqualTo(ImportProgress.State.RUNNING);
    assertThat(seen.total()).isEqualTo(40);
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> imports.myRecentJobs(5)))
        .extracting(ImportProgress::jobId)
        .contains(job);

    SignedIn.as(editor, Role.EDITOR, () -> imports.cancel(job));
    do {
      Thread.sleep(100);
      seen = SignedIn.as(editor, Role.EDITOR, () -> imports.progress(job).orElseThrow());
    } while (seen.state() == ImportProgress.State.RUNNING && Instant.now().isBefore(deadline));
    assertThat(seen.state()).isEqualTo(ImportProgress.State.CANCELLED);
    assertThat(seen.imported()).isLessThan(40);
    assertThat(stored("(" + seed)).hasSizeBetween(1, 39);

    ImportProgress rest = run(ImportRequest.of(file, ImportFormat.JSONL));
    assertThat(rest.skipped()).isEqualTo(seen.imported());
    assertThat(rest.imported() + rest.skipped()).isEqualTo(40);
  }
}
