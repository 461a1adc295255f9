package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.cli.CliCommands;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A backup of the running desk (through the {@code backup} command, as an administrator runs it)
 * restored into an empty folder holds every claim, verdict and audit revision; the restore never
 * overwrites a desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupRestoreTest {

  static final String ADMIN_PASSWORD = "backup-test-desk-secret";
  static final List<String> TABLES =
      List.of(
          "claim",
          "claim_item",
          "verdict",
          "evidence",
          "source",
          "audit_revision",
          "claim_aud",
          "verdict_aud",
          "evidence_aud",
          "assignment");
  private static Path dataDir;

  @DynamicPropertySource
  static void desk(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("claimdesk-backup-test").resolve("desk");
    registry.add("claimdesk.data-dir", () -> dataDir.toString());
    registry.add("claimdesk.admin-password", () -> ADMIN_PASSWORD);
  }

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;

  @Test
  void a_backup_of_the_running_desk_restores_every_claim_verdict_and_revision() throws Exception {
    long claimId = workOnClaims();
    // A checkpoint signed before the backup, which the restored log must still match.
    SignedIn.as("admin", Role.ADMIN, () -> audit.claimProof(claimId));
    Path backup = dataDir.getParent().resolve("taken-while-running.zip");

    CommandOutcome taken =
        runInOwnJvm(
            Map.of(
                "CLAIMDESK_DATA_DIR", dataDir.toString(),
                "PORT", String.valueOf(port),
                "CLAIMDESK_PASSWORD", ADMIN_PASSWORD),
            "backup",
            "--out",
            backup.toString());
    assertThat(taken.status()).as(taken.output()).isZero();
    assertThat(taken.output()).contains("Backed up the running desk");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
        .isEqualTo("rw-------");

    Path restored = dataDir.getParent().resolve("restored");
    CommandOutcome restore =
        runHere(Map.of(), "restore", backup.toString(), "--data-dir", restored.toString());
    assertThat(restore.status()).as(restore.output()).isZero();
    assertThat(restore.output()).contains("Restored");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored)))
        .isEqualTo("rwx------");

    Map<String, List<String>> original = rows(dataDir);
    Map<String, List<String>> copy = rows(restored);
    assertThat(original.get("verdict")).isNotEmpty();
    assertThat(original.get("claim_aud")).isNotEmpty();
    assertThat(copy).isEqualTo(original);

    // The restored log verifies against the checkpoints the desk signed, with the desk's own key.
    CommandOutcome verified =
        runHere(Map.of(), "verify-audit", "--database", "--data-dir", restored.toString());
    assertThat(verified.status()).as(verified.output()).isZero();
    assertThat(verified.output())
        .startsWith("intact:")
        .doesNotContain(" 0 checkpoints verified")
        .contains("signed by " + keyName());
    CommandOutcome withOriginalKey =
        runHere(
            Map.of(),
            "verify-audit",
            "--database",
            "--data-dir",
            restored.toString(),
            "--key",
            dataDir.resolve("audit-signing-key.txt").toString());
    assertThat(withOriginalKey.status()).as(withOriginalKey.output()).isZero();
    for (String file : List.of("audit-signing-key.txt", "claimdesk.mv.db")) {
      assertThat(
              PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve(file))))
          .as(file)
          .isEqualTo("rw-------");
    }

    CommandOutcome again =
        runHere(Map.of(), "restore", backup.toString(), "--data-dir", restored.toString());
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.output()).contains("already holds a desk");
  }

  @Test
  void the_admin_page_shows_the_last_backup_and_wrong_credentials_are_refused() throws Exception {
    CommandOutcome refused =
        runInOwnJvm(
            Map.of(
                "CLAIMDESK_DATA_DIR", dataDir.toString(),
                "PORT", String.valueOf(port),
                "CLAIMDESK_PASSWORD", "not-the-password"),
            "backup",
            "--out",
            dataDir.getParent().resolve("refused.zip").toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.output()).contains("refused 'admin'");

    BackupService.Backup taken = SignedIn.as("admin", Role.ADMIN, () -> backups.backupNow());
    assertThat(taken.file()).startsWith(dataDir.resolve("backups"));
    assertThat(SignedIn.as("admin", Role.ADMIN, () -> backups.lastBackup())).contains(taken);
    LastBackupPanel panel = new LastBackupPanel(backups);
    SignedIn.as("admin", Role.ADMIN, panel::refresh);
    assertThat(panel.shown()).contains("Last backup:").contains(taken.file().toString());

    // On the real server, request timings are among the metrics.
    var scrape =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(
                                    ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("http_server_requests_seconds");
  }

  @Autowired BackupService backups;

  @Autowired AuditService audit;

  /** The running desk's key as checkpoints name it: origin+key id. */
  private String keyName() {
    String[] parts = SignedIn.as("admin", Role.ADMIN, () -> audit.publicKey()).split("\\+");
    return parts[0] + "+" + parts[1];
  }

  private long workOnClaims() {
    return workOnClaims(users, claims, assignments, evidence, verdicts);
  }

  /** Three claims worked up to a proposed verdict; the last one's id. */
  static long workOnClaims(
      UserService users,
      ClaimService claims,
      AssignmentService assignments,
      EvidenceService evidence,
      VerdictService verdicts) {
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          users.createUser(
              new NewUser(
                  "edna", "Edna", "a long enough secret", EnumSet.of(Role.EDITOR), null, null));
          users.createUser(
              new NewUser(
                  "rita", "Rita", "a long enough secret", EnumSet.of(Role.REVIEWER), null, null));
        });
    long last = 0;
    for (int i = 0; i < 3; i++) {
      String statement = "Exports rose by " + (10 + i) + " percent in 2025";
      ClaimSummary claim =
          SignedIn.as(
              "edna",
              Role.EDITOR,
              () -> {
                ClaimSummary c = claims.create(statement, "The minister", null);
                return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null);
              });
      SignedIn.as(
          "edna",
          Role.EDITOR,
          () ->
              assignments.assign(claim.id(), claim.version(), "rita", LocalDate.now().plusDays(2)));
      SignedIn.as(
          "rita",
          Role.REVIEWER,
          () -> {
            var source =
                evidence.createSource(
                    new SourceDraft(
                        SourceKind.DATASET,
                        "Trade statistics " + statement,
                        "Statistics office",
                        null,
                        null,
                        null,
                        null));
            evidence.attach(claim.id(), source.id(), Stance.REFUTES, "rose by 4 percent", null);
            long seen = claims.find(claim.id()).orElseThrow().version();
            verdicts.propose(claim.id(), seen, Rating.FALSE, "The statistics say 4 percent", null);
          });
      last = claim.id();
    }
    return last;
  }

  /** Every row of the tables that matter, as text, in key order. */
  private static Map<String, List<String>> rows(Path folder) throws SQLException {
    Map<String, List<String>> all = new LinkedHashMap<>();
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:file:" + folder.resolve("claimdesk") + ";IFEXISTS=TRUE", "claimdesk", "")) {
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r =
            c.createStatement().executeQuery("select * from " + table + " order by 1, 2")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(r.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        all.put(table, rows);
      }
    }
    return all;
  }

  record CommandOutcome(int status, String output) {}

  private static CommandOutcome runHere(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status =
        CliCommands.standard()
            .dispatch(List.of(args), new java.io.ByteArrayInputStream(new byte[0]), print, print);
    return new CommandOutcome(status, out.toString(StandardCharsets.UTF_8));
  }

  /** The command in a JVM of its own, as an administrator runs it beside the running desk. */
  private static CommandOutcome runInOwnJvm(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    try (DeskProcess command = DeskProcess.command(env, args)) {
      int status = command.exitStatus(Duration.ofSeconds(120));
      return new CommandOutcome(status, command.consoleText());
    }
  }
}
