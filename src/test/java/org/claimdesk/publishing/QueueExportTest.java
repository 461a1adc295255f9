package org.claimdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class QueueExportTest {

  private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000L);

  /** Cells a spreadsheet would misread or run, and text a naive writer would break. */
  private static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil.example\",\"Click\")",
          "+1 more, said the minister",
          "-2 degrees \"at most\", he said",
          "@SUM(A1:A9) is the total",
          "=cmd|' /C calc'!A0",
          "Two lines:\nthe second, \"quoted\", and more",
          "Zürich – 東京 🚀 naïve façade",
          "A plain statement");

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired QueueExport export;

  private DeskScenario desk;
  private String speaker;

  @BeforeEach
  void setUp() {
    desk = new DeskScenario(context);
    speaker = "Hostile, \"Speaker\" " + RUN.incrementAndGet();
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> HOSTILE.forEach(s -> claims.create(s, speaker, SpeakerKind.PERSON)));
  }

  private String exported(ExportFormat format, ClaimFilter filter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written =
        SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () -> export.write(filter, format, "https://desk.example/claims/", () -> out));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(HOSTILE.size());
    return text;
  }

  private ClaimFilter mine() {
    return new ClaimFilter(Set.of(), speaker, null, null, null, null, null, null, null);
  }

  @Test
  void the_csv_reads_back_in_a_real_csv_reader_with_hostile_cells_neutralised() throws Exception {
    String csv = exported(ExportFormat.CSV, mine());
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records).hasSize(HOSTILE.size());
    assertThat(records.getFirst().getParser().getHeaderNames())
        .containsExactlyElementsOf(QueueExport.COLUMNS);
    List<String> statements = records.stream().map(r -> r.get("statement")).toList();
    assertThat(statements)
        .containsExactly(
            "'=HYPERLINK(\"http://evil.example\",\"Click\")",
            "'+1 more, said the minister",
            "'-2 degrees \"at most\", he said",
            "'@SUM(A1:A9) is the total",
            "'=cmd|' /C calc'!A0",
            "Two lines:\nthe second, \"quoted\", and more",
            "Zürich – 東京 🚀 naïve façade",
            "A plain statement");
    CSVRecord first = records.getFirst();
    assertThat(first.get("speaker")).isEqualTo(speaker);
    assertThat(first.get("status")).isEqualTo("NEW");
    assertThat(first.get("evidence_count")).isEqualTo("0");
    assertThat(first.get("link")).isEqualTo("https://desk.example/claims/" + first.get("claim_id"));
    assertThat(first.get("first_seen")).isNotBlank();
    // No cell of any record starts a formula.
    records.forEach(
        r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@")));
    assertThat(csv).contains("\r\n").doesNotStartWith("\uFEFF");
  }

  @Test
  void a_cell_starting_with_a_tab_or_cr_is_neutralised_too_and_quoting_doubles_quotes() {
    assertThat(CsvCells.neutralised("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.neutralised("\rx")).isEqualTo("'\rx");
    assertThat(CsvCells.neutralised("x=1")).isEqualTo("x=1");
    assertThat(CsvCells.quoted("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
    assertThat(CsvCells.quoted("plain")).isEqualTo("plain");
  }

  @Test
  void json_lines_keep_the_text_as_it_is_one_claim_a_line() throws Exception {
    String jsonl = exported(ExportFormat.JSONL, mine());
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(HOSTILE.size());
    JsonMapper json = JsonMapper.builder().build();
    List<String> statements =
        lines.stream().map(json::readTree).map(n -> n.get("statement").asString()).toList();
    assertThat(statements).containsExactlyElementsOf(HOSTILE);
    JsonNode first = json.readTree(lines.getFirst());
    assertThat(first.get("outlets").isArray()).isTrue();
    assertThat(first.get("speaker").asString()).isEqualTo(speaker);
  }

  @Test
  void the_export_follows_the_queue_filters() {
    ClaimSummary one =
        SignedIn.as(
                desk.people.editor(),
                Role.EDITOR,
                () -> claims.queue(mine(), org.springframework.data.domain.PageRequest.of(0, 1)))
            .getContent()
            .getFirst();
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> claims.changeStatus(one.id(), one.version(), ClaimStatus.ACCEPTED, null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written =
        SignedIn.as(
            desk.people.auditor(),
            Role.AUDITOR,
            () ->
                export.write(
                    mine().withStatuses(Set.of(ClaimStatus.ACCEPTED)),
                    ExportFormat.JSONL,
                    "/claims/",
                    () -> out));
    assertThat(written).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"claim_id\":" + one.id());
  }

  @Test
  void a_reviewer_cannot_export_the_queue() {
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    desk.people.reviewer(),
                    Role.REVIEWER,
                    () ->
                        export.write(
                            mine(), ExportFormat.CSV, "/claims/", ByteArrayOutputStream::new)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
