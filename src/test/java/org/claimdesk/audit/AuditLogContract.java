package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.Checkpoint;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.cli.CliCommands;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit log on every database ClaimDesk runs on: changes and security events become gap-free
 * entries in the same transaction, a real export verifies offline and every kind of tampering with
 * it or with the stored rows is caught at its line or entry.
 */
abstract class AuditLogContract {

  @Autowired ClaimService claims;
  @Autowired UserService users;
  @Autowired AuditService audit;
  @Autowired AuditLog log;
  @Autowired AuditKeys keys;
  @Autowired DataSource dataSource;

  @Autowired ApplicationContext context;

  @TempDir Path dir;

  /** Real accounts, created through the user service for each test. */
  DeskScenario.People people;

  @BeforeEach
  void createPeople() {
    people = new DeskScenario(context).people;
  }

  ClaimSummary acceptedClaim(String statement) {
    ClaimSummary claim =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () -> claims.create(statement, "A Minister", SpeakerKind.PERSON));
    return SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () ->
            AuditReason.with(
                "clearly checkable",
                () ->
                    claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null)));
  }

  List<AuditRow> rowsOf(long claimId) {
    return SignedIn.as(
            people.auditor(),
            Role.AUDITOR,
            () ->
                audit.search(
                    new AuditQuery(null, claimId, null, null, null, null), PageRequest.of(0, 50)))
        .getContent();
  }

  @Test
  void each_change_becomes_an_entry_with_its_actor_reason_and_field_values() {
    ClaimSummary claim = acceptedClaim("Unemployment fell to 3% " + System.nanoTime());
    List<AuditRow> rows = rowsOf(claim.id());
    assertThat(rows).hasSize(2);
    AuditRow created = rows.get(1);
    AuditRow accepted = rows.get(0);
    assertThat(accepted.seq()).isGreaterThan(created.seq());
    assertThat(created.actor()).isEqualTo(people.editor());
    assertThat(created.change()).isEqualTo("ADD");
    assertThat(created.description()).startsWith("created claim " + claim.id() + ": Unemployment");
    assertThat(accepted.actor()).isEqualTo(people.secondEditor());
    assertThat(accepted.reason()).isEqualTo("clearly checkable");
    assertThat(accepted.description()).contains("status: NEW → ACCEPTED");
    assertThat(accepted.json())
        .contains("\"before\":{")
        .contains("\"reason\":\"clearly checkable\"")
        .contains("\"seq\":" + accepted.seq());
  }

  @Test
  void security_events_and_account_changes_are_entries_too() {
    SignedIn.as(
        people.admin(),
        Role.ADMIN,
        () -> {
          log.recordSecurityEvent(
              SecurityEvent.TOKEN_CREATED, people.admin(), Map.of("token", "laptop"));
          users.createUser(
              new NewUser(
                  "auditor" + (System.nanoTime() % 100000),
                  "An Auditor",
                  "a long enough password 123",
                  Set.of(Role.AUDITOR),
                  null,
                  null));
        });
    List<AuditRow> latest =
        SignedIn.as(
                people.auditor(),
                Role.AUDITOR,
                () ->
                    audit.search(
                        new AuditQuery(people.admin(), null, null, null, null, null),
                        PageRequest.of(0, 5)))
            .getContent();
    assertThat(latest)
        .extracting(AuditRow::change)
        .contains("USER_CREATED", "TOKEN_CREATED", "ADD");
    assertThat(latest)
        .filteredOn(r -> r.change().equals("TOKEN_CREATED"))
        .first()
        .satisfies(
            r ->
                assertThat(r.description())
                    .isEqualTo("created an API token " + people.admin() + ", token: laptop"));
    assertThat(latest).noneSatisfy(r -> assertThat(r.json()).containsIgnoringCase("password"));
  }

  @Test
  void only_auditors_and_admins_search_or_export_the_log() {
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    people.editor(),
                    Role.EDITOR,
                    () -> audit.search(AuditQuery.all(), PageRequest.of(0, 5))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    people.editor(),
                    Role.EDITOR,
                    () ->
                        audit.export(
                            new ByteArrayOutputStream(),
                            AuditService.ExportRange.whole(),
                            n -> {})))
        .isInstanceOf(AccessDeniedException.class);
    SignedIn.as(
        people.admin(), Role.ADMIN, () -> audit.search(AuditQuery.all(), PageRequest.of(0, 5)));
  }

  @Test
  void a_claims_audit_proof_holds_an_inclusion_proof_for_each_of_its_entries() {
    ClaimSummary claim = acceptedClaim("Exports doubled " + System.nanoTime());
    ClaimProof proof =
        SignedIn.as(people.reviewer(), Role.REVIEWER, () -> audit.claimProof(claim.id()));
    assertThat(proof.entries()).hasSize(2).allSatisfy(e -> assertThat(e.verified()).isTrue());
    assertThat(proof.checkpointNote()).contains("\n" + proof.treeSize() + "\n");
    assertThat(proof.json()).contains("\"type\":\"claimdesk-audit-proof\"");
  }

  // ---- the export and the tamper suite ----

  record Run(int code, String out, String err) {}

  Run cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CliCommands.standard()
            .dispatch(
                List.of(args),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> export(AuditService.ExportRange range) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SignedIn.as(people.auditor(), Role.AUDITOR, () -> audit.export(out, range, n -> {}));
    return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  Run verify(List<String> lines, String... extra) throws Exception {
    Path file = Files.createTempFile(dir, "export", ".jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    Path key = dir.resolve("public.key");
    Files.writeString(key, keys.key().verifierText() + "\n");
    List<String> args =
        new ArrayList<>(List.of("verify-audit", file.toString(), "--key", key.toString()));
    args.addAll(List.of(extra));
    return cli(args.toArray(String[]::new));
  }

  void assertCaughtAt(Run run, int line) {
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).startsWith("line " + line + ": ");
  }

  @Test
  void a_real_export_verifies_and_each_kind_of_tampering_is_caught_at_its_line() throws Exception {
    for (int i = 0; i < 4; i++) {
      acceptedClaim("Crime rose by " + i + "0% " + System.nanoTime());
    }
    List<String> lines = export(AuditService.ExportRange.whole());
    int n = lines.size();
    int entries = n - 2;
    assertThat(entries).isGreaterThanOrEqualTo(8);
    Run intact = verify(lines);
    assertThat(intact.code()).as(intact.err()).isZero();
    assertThat(intact.out())
        .startsWith(
            "intact: " + String.format(java.util.Locale.US, "%,d", entries) + " entries, root ")
        .contains("signed by claimdesk/audit+" + keys.key().keyIdHex() + " at ");

    int middle = n / 2; // 1-based line of an entry in the middle

    List<String> edited = new ArrayList<>(lines);
    edited.set(middle - 1, edited.get(middle - 1).replace("\"actor\":\"", "\"actor\":\"x"));
    assertCaughtAt(verify(edited), middle);

    List<String> deleted = new ArrayList<>(lines);
    deleted.remove(middle - 1);
    assertCaughtAt(verify(deleted), middle);

    List<String> inserted = new ArrayList<>(lines);
    inserted.add(middle - 1, lines.get(middle - 1).replace("\"actor\":\"", "\"actor\":\"mallory"));
    assertCaughtAt(verify(inserted), middle + 1);

    List<String> swapped = new ArrayList<>(lines);
    swapped.set(middle - 1, lines.get(middle));
    swapped.set(middle, lines.get(middle - 1));
    assertCaughtAt(verify(swapped), middle);

    List<String> cutEntry = new ArrayList<>(lines);
    cutEntry.remove(n - 2); // the last entry; the checkpoint stays
    assertCaughtAt(verify(cutEntry), n - 1);

    List<String> cutCheckpoint = new ArrayList<>(lines.subList(0, n - 1));
    assertCaughtAt(verify(cutCheckpoint), n);

    List<String> editedLast = new ArrayList<>(lines);
    editedLast.set(n - 2, lines.get(n - 2).replace("\"actor\":\"", "\"actor\":\"x"));
    assertCaughtAt(verify(editedLast), n - 1);

    String checkpointLine = lines.get(n - 1);
    int sig =
        checkpointLine.lastIndexOf("\\u2014") >= 0
            ? checkpointLine.lastIndexOf("\\u2014")
            : checkpointLine.lastIndexOf('\u2014');
    int at = checkpointLine.indexOf("\\n\"", sig) - 8;
    char c = checkpointLine.charAt(at);
    List<String> badSignature = new ArrayList<>(lines);
    badSignature.set(
        n - 1,
        checkpointLine.substring(0, at)
            + (c == 'A' ? 'B' : 'A')
            + checkpointLine.substring(at + 1));
    Run bad = verify(badSignature);
    assertCaughtAt(bad, n);
    assertThat(bad.err()).contains("signature");

    NoteKey foreign = NoteKey.generate(keys.key().name());
    String note =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(checkpointLine)
            .get("note")
            .asString();
    Checkpoint body = Checkpoint.verify(note, keys.key());
    List<String> foreignSigned = new ArrayList<>(lines);
    foreignSigned.set(0, lines.get(0).replace(keys.key().verifierText(), foreign.verifierText()));
    foreignSigned.set(
        n - 1,
        org.claimdesk.audit.log.ExportHeader.checkpointJson(
            body.sign(foreign), java.time.Instant.now()));
    Run foreignRun = verify(foreignSigned);
    assertCaughtAt(foreignRun, n);
    assertThat(foreignRun.err()).contains("not signed by the key");
  }

  @Test
  void an_export_is_checked_against_an_earlier_checkpoint_the_auditor_kept() throws Exception {
    acceptedClaim("Prices rose " + System.nanoTime());
    List<String> first = export(AuditService.ExportRange.whole());
    String note =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(first.getLast())
            .get("note")
            .asString();
    Path earlier = dir.resolve("earlier.checkpoint");
    Files.writeString(earlier, note);
    long earlierSize = Checkpoint.verify(note, keys.key()).size();

    acceptedClaim("Prices fell " + System.nanoTime());
    List<String> later = export(AuditService.ExportRange.whole());
    Run ok = verify(later, "--checkpoint", earlier.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("consistent with the checkpoint of");

    // A date range export carries the subtree hashes and the consistency proof it needs.
    java.time.LocalDate today = java.time.LocalDate.now();
    List<String> range = export(new AuditService.ExportRange(today, today, earlierSize));
    Run rangeOk = verify(range, "--checkpoint", earlier.toString());
    assertThat(rangeOk.code()).as(rangeOk.err()).isZero();

    // An export whose history differs from the earlier checkpoint is refused.
    List<String> rewritten = new ArrayList<>(later);
    rewritten.set(1, later.get(1).replace("\"actor\":\"", "\"actor\":\"x"));
    Run refused = verify(rewritten, "--checkpoint", earlier.toString());
    assertThat(refused.code()).isEqualTo(1);
  }

  // ---- tampering with the stored rows ----

  interface Tamper {
    void on(Statement s) throws Exception;
  }

  /** Tampers inside a transaction that is rolled back, so that other tests see an intact log. */
  AuditStore.DatabaseVerdict tampered(Tamper tamper) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        allowTampering(s);
        tamper.on(s);
        return AuditStore.verify(c, keys.key());
      } finally {
        c.rollback();
      }
    }
  }

  /** PostgreSQL refuses updates through a trigger; a database administrator can drop it. */
  void allowTampering(Statement s) throws Exception {}

  @Test
  void sql_updates_and_deletes_of_stored_entries_are_detected() throws Exception {
    acceptedClaim("Tax revenue grew " + System.nanoTime());
    SignedIn.as(
        people.auditor(),
        Role.AUDITOR,
        () -> audit.export(new ByteArrayOutputStream(), AuditService.ExportRange.whole(), x -> {}));
    long size;
    try (Connection c = dataSource.getConnection()) {
      assertThat(AuditStore.verify(c, keys.key()).intact()).isTrue();
      size = AuditStore.size(c);
    }
    long victim = size / 2;
    assertThat(
            tampered(
                    s ->
                        s.executeUpdate(
                            "update audit_entry set canonical_json = replace(canonical_json,"
                                + " '\"actor\":\"', '\"actor\":\"x') where seq = "
                                + victim))
                .message())
        .isEqualTo("entry seq " + victim + " was changed: its JSON no longer matches its hash");
    assertThat(
            tampered(
                    s ->
                        s.executeUpdate(
                            "update audit_entry set leaf_hash = (select leaf_hash from audit_entry"
                                + " where seq = 0), canonical_json = (select canonical_json from"
                                + " audit_entry where seq = 0) where seq = "
                                + victim))
                .message())
        .startsWith("entry seq " + victim + " was changed");
    assertThat(
            tampered(s -> s.executeUpdate("delete from audit_entry where seq = " + victim))
                .message())
        .isEqualTo("entry seq " + victim + " is missing: it was deleted");
    assertThat(
            tampered(s -> s.executeUpdate("delete from audit_entry where seq = " + (size - 1)))
                .intact())
        .isFalse();
    assertThat(
            tampered(
                    s ->
                        s.executeUpdate(
                            "update audit_checkpoint set root_hash = (select leaf_hash from"
                                + " audit_entry where seq = 0)"))
                .message())
        .contains("was changed: its columns differ from its signed note");
  }
}
