package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.claimdesk.operations.PostgresTools;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore commands, as dispatched from the command line, on a stopped embedded desk
 * and on PostgreSQL.
 */
class BackupCommandsTest {

  record Outcome(int status, String output) {}

  private static Outcome run(CliCommand command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    List<String> line = new java.util.ArrayList<>(List.of(command.name()));
    line.addAll(List.of(args));
    int status =
        new CliCommands(List.of(command))
            .dispatch(line, new ByteArrayInputStream(new byte[0]), print, print);
    return new Outcome(status, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_stopped_embedded_desk_is_backed_up_and_restored_into_an_empty_folder() throws Exception {
    Path root = Files.createTempDirectory("claimdesk-cli-backup");
    Path desk = root.resolve("desk");
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:file:" + desk.resolve("claimdesk"), "claimdesk", "")) {
      c.createStatement().execute("create table claim(id int primary key, statement varchar(100))");
      c.createStatement().execute("insert into claim values (1, 'Exports doubled')");
    }
    Map<String, String> env = Map.of("CLAIMDESK_DATA_DIR", desk.toString());
    Path backup = root.resolve("stopped.zip");

    Outcome taken = run(new BackupCommand(env), "--out", backup.toString());
    assertThat(taken.status()).as(taken.output()).isZero();
    assertThat(taken.output()).contains("Backed up the stopped desk");
    assertThat(run(new BackupCommand(env), "--out", backup.toString()).output())
        .contains("already exists");

    Outcome restored =
        run(
            new RestoreCommand(env),
            backup.toString(),
            "--data-dir",
            root.resolve("copy").toString());
    assertThat(restored.status()).as(restored.output()).isZero();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + root.resolve("copy/claimdesk") + ";IFEXISTS=TRUE",
                "claimdesk",
                "");
        ResultSet r = c.createStatement().executeQuery("select statement from claim")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("Exports doubled");
    }
    Outcome overwrite = run(new RestoreCommand(env), backup.toString());
    assertThat(overwrite.status()).isEqualTo(1);
    assertThat(overwrite.output()).contains("already holds a desk");
    assertThat(run(new RestoreCommand(env), root.resolve("nothing.zip").toString()).output())
        .contains("cannot read");
  }

  @Test
  void postgres_is_backed_up_with_pg_dump_and_restored_only_into_an_empty_database()
      throws Exception {
    assumeTrue(PostgresTools.available(), "pg_dump and pg_restore are not on the PATH");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          var s = c.createStatement()) {
        s.execute("create database desk_a");
        s.execute("create database desk_b");
      }
      String a = postgres.getJdbcUrl("postgres", "desk_a");
      String b = postgres.getJdbcUrl("postgres", "desk_b");
      try (Connection c = DriverManager.getConnection(a, "postgres", "")) {
        c.createStatement().execute("create table claim(id int primary key, statement text)");
        c.createStatement().execute("insert into claim values (1, 'Turnout was 61 percent')");
      }
      Path dump = Files.createTempDirectory("claimdesk-pg-backup").resolve("desk.dump");
      Map<String, String> envA = Map.of("CLAIMDESK_DB_URL", a, "CLAIMDESK_DB_USER", "postgres");
      Map<String, String> envB = Map.of("CLAIMDESK_DB_URL", b, "CLAIMDESK_DB_USER", "postgres");

      Outcome taken = run(new BackupCommand(envA), "--out", dump.toString());
      assertThat(taken.status()).as(taken.output()).isZero();
      assertThat(taken.output()).contains("pg_dump");

      Outcome refused = run(new RestoreCommand(envA), dump.toString());
      assertThat(refused.status()).isEqualTo(1);
      assertThat(refused.output()).contains("is not empty");

      Outcome restored = run(new RestoreCommand(envB), dump.toString());
      assertThat(restored.status()).as(restored.output()).isZero();
      try (Connection c = DriverManager.getConnection(b, "postgres", "");
          ResultSet r = c.createStatement().executeQuery("select statement from claim")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("Turnout was 61 percent");
      }
    }
  }
}
