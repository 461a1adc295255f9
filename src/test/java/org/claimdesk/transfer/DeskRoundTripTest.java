package org.claimdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A desk worked on (the Geneva sample ingested, a claim with evidence, a published verdict and a
 * follow-up) exported, read into a new empty database and exported again: the same desk.
 */
@IntegrationTest
class DeskRoundTripTest {

  static final Path SAMPLE = Path.of("..", "shared", "samples", "geneva-talks.txt");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired ApplicationContext context;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;
  @Autowired FollowUpService followUps;
  @Autowired DeskArchive archive;
  @TempDir Path dir;

  @Test
  void an_export_read_into_an_empty_desk_exports_again_to_the_same_rows() throws Exception {
    var people = new DeskScenario(context).people;
    long claimId = workOnTheGenevaSample(people);

    Path first = dir.resolve("desk.zip");
    DeskArchive.Counts exported =
        SignedIn.as(people.admin(), Role.ADMIN, () -> archive.export(first));
    assertThat(exported.rows().get("document")).isPositive();
    assertThat(exported.rows().get("evidence")).isPositive();
    assertThat(exported.rows().get("follow_up")).isPositive();

    Map<String, List<JsonNode>> before = read(first);
    assertThat(before.get("users.jsonl"))
        .allSatisfy(u -> assertThat(u.has("password_hash")).isFalse());
    assertThat(before.get("verdicts.jsonl"))
        .anySatisfy(
            v -> {
              assertThat(v.get("claim_id").asLong()).isEqualTo(claimId);
              assertThat(v.get("state").asString()).isEqualTo("PUBLISHED");
            });
    JsonNode manifest = JSON.readTree(entry(first, "manifest.json"));
    assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(manifest.get("files").get("documents.jsonl").get("rows").asLong())
        .isEqualTo(exported.rows().get("document"));

    // One connection for the new database's whole life: H2 binds a check constraint to the session
    // that created it, so Flyway's connection must stay open (as the app's pool keeps it).
    var empty =
        new org.springframework.jdbc.datasource.SingleConnectionDataSource(
            "jdbc:h2:mem:round-trip-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "claimdesk",
            "",
            true);
    Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().migrate();
    DeskArchive fresh = new DeskArchive(empty);

    DeskArchive.Counts imported = fresh.importInto(first);
    assertThat(imported.rows()).isEqualTo(exported.rows());

    Path second = dir.resolve("again.zip");
    fresh.export(second);
    Map<String, List<JsonNode>> after = read(second);

    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String file : before.keySet()) {
      if (file.equals("manifest.json")) {
        continue;
      }
      List<JsonNode> a = before.get(file);
      List<JsonNode> b = after.get(file);
      if (file.equals("users.jsonl")) {
        // Accounts get new ids in the new desk; everything else about them is kept.
        a = withoutId(a);
        b = withoutId(b);
      }
      assertThat(b).as(file).isEqualTo(a);
    }

    // Reading the export again into the now full desk is refused and changes nothing.
    assertThatThrownBy(() -> fresh.importInto(first))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("empty desk");

    // New rows in the new desk get ids past the imported ones.
    try (var c = empty.getConnection();
        var s = c.createStatement();
        var rs = s.executeQuery("select next value for document_seq")) {
      rs.next();
      assertThat(rs.getLong(1)).isGreaterThan(exported.rows().get("document"));
    }
  }

  private long workOnTheGenevaSample(DeskScenario.People people) throws IOException {
    // A reference in the body keeps this copy apart from other tests' copies of the sample.
    String text =
        Files.readString(SAMPLE)
            .replace("28-point plan", "28-point plan (ref " + System.nanoTime() + ")");
    var ingested =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Geneva talks",
                        "CGTN",
                        "https://cgtn.example/geneva",
                        LocalDate.of(2025, 11, 23),
                        text)));
    long claimId =
        SignedIn.as(
                people.editor(),
                Role.EDITOR,
                () -> claims.itemsOfDocument(ingested.document().id()))
            .getFirst()
            .claimId();
    var accepted =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () ->
                claims.changeStatus(
                    claimId,
                    claims.find(claimId).orElseThrow().version(),
                    ClaimStatus.ACCEPTED,
                    null));
    SignedIn.as(
        people.editor(),
        Role.EDITOR,
        () ->
            assignments.assign(
                claimId, accepted.version(), people.reviewer(), LocalDate.now().plusDays(3)));
    SignedIn.as(
        people.reviewer(),
        Role.REVIEWER,
        () -> {
          var source =
              evidence.createSource(
                  new SourceDraft(
                      SourceKind.OFFICIAL_STATEMENT,
                      "Statement on the Geneva talks",
                      "Ministry",
                      "https://ministry.example/geneva",
                      LocalDate.of(2025, 11, 24),
                      null,
                      "read in full"));
          evidence.attach(claimId, source.id(), Stance.CONTEXT, "the talks went on", "as quoted");
          followUps.schedule(
              claimId, "Watch for the second round of talks", LocalDate.now().plusDays(30), null);
          return verdicts.propose(
              claimId,
              claims.find(claimId).orElseThrow().version(),
              Rating.MOSTLY_TRUE,
              "Broadly accurate",
              "The statement matches the ministry's account.");
        });
    var proposed =
        SignedIn.as(people.editor(), Role.EDITOR, () -> verdicts.forClaim(claimId)).getFirst();
    var approved =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () -> verdicts.approve(proposed.id(), proposed.version()));
    SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));
    return claimId;
  }

  private static List<JsonNode> withoutId(List<JsonNode> rows) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode row : rows) {
      ObjectNode copy = (ObjectNode) row.deepCopy();
      copy.remove("id");
      out.add(copy);
    }
    return out;
  }

  private static Map<String, List<JsonNode>> read(Path zip) throws IOException {
    Map<String, List<JsonNode>> files = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(file.entries())) {
        List<JsonNode> rows = new ArrayList<>();
        if (e.getName().endsWith(".jsonl")) {
          String text = new String(file.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
          for (String line : text.split("\n")) {
            if (!line.isBlank()) {
              rows.add(JSON.readTree(line));
            }
          }
        }
        files.put(e.getName(), rows);
      }
    }
    return files;
  }

  private static String entry(Path zip, String name) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      return new String(
          file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
