package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.KeyFiles;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.audit.log.PendingEntry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-audit and verify-audit against a stopped installation's data folder (an H2 file made by
 * the real migrations), and verify-audit offline on the file it wrote.
 */
class AuditCommandsTest {

  @TempDir Path data;
  NoteKey key;

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
    key = KeyFiles.loadOrCreate(data.resolve(KeyFiles.DEFAULT_NAME), "claimdesk/audit");
    try (Connection c = DriverManager.getConnection(url(), "claimdesk", "")) {
      c.setAutoCommit(false);
      for (int i = 0; i < 5; i++) {
        AuditStore.append(
            c, List.of(PendingEntry.security("alice", "SIGN_IN", "alice", Map.of("n", (long) i))));
        c.commit();
      }
      AuditStore.signCheckpoint(c, key, "claimdesk/audit");
      c.commit();
    }
  }

  @Test
  void the_key_file_is_readable_by_its_owner_only() throws Exception {
    assertThat(Files.getPosixFilePermissions(data.resolve(KeyFiles.DEFAULT_NAME)).toString())
        .isEqualTo("[OWNER_READ, OWNER_WRITE]");
  }

  @Test
  void an_export_of_a_stopped_installation_verifies_offline_with_the_public_key() throws Exception {
    Path out = data.resolve("export.jsonl");
    var exported =
        CommandRunner.run("export-audit", "--out", out.toString(), "--data-dir", data.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out()).startsWith("wrote 6 entries to ");
    Path pub = data.resolve("public.key");
    Files.writeString(pub, key.verifierText() + "\n");
    var verified = CommandRunner.run("verify-audit", out.toString(), "--key", pub.toString());
    assertThat(verified.exitCode()).as(verified.err()).isZero();
    assertThat(verified.out().strip())
        .startsWith("intact: 6 entries, root ")
        .contains("signed by claimdesk/audit+" + key.keyIdHex() + " at ");
    assertThat(verified.out().lines()).hasSize(1);
  }

  @Test
  void verify_audit_database_finds_an_entry_changed_with_sql() throws Exception {
    var intact = CommandRunner.run("verify-audit", "--database", "--data-dir", data.toString());
    assertThat(intact.exitCode()).as(intact.err()).isZero();
    assertThat(intact.out()).startsWith("intact: 5 entries");
    try (Connection c = DriverManager.getConnection(url(), "claimdesk", "");
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update audit_entry set canonical_json = replace(canonical_json, 'alice', 'mallory')"
              + " where seq = 2");
    }
    var tampered = CommandRunner.run("verify-audit", "--database", "--data-dir", data.toString());
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.err()).contains("entry seq 2 was changed");
  }

  @Test
  void a_missing_file_or_wrong_usage_gets_a_plain_message() {
    var missing = CommandRunner.run("verify-audit", data.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file");
    var usage = CommandRunner.run("verify-audit");
    assertThat(usage.exitCode()).isEqualTo(2);
    var noOut = CommandRunner.run("export-audit", "--data-dir", data.toString());
    assertThat(noOut.exitCode()).isEqualTo(2);
  }
}
