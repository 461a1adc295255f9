package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each way a start can fail, as an administrator meets it: one plain line saying what is wrong and
 * what to do, no stack trace, a non-zero exit status.
 */
class StartupFailureTest {

  private static final Duration START = Duration.ofSeconds(150);
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgresWithPasswords() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("create role desk login password 'the-right-password'");
      s.execute("create database claimdesk owner desk");
      var hba = s.executeQuery("show hba_file");
      hba.next();
      Files.writeString(
          Path.of(hba.getString(1)),
          """
          local all all trust
          host all postgres 127.0.0.1/32 trust
          host all all 127.0.0.1/32 scram-sha-256
          host all all ::1/128 scram-sha-256
          """);
      s.execute("select pg_reload_conf()");
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  private static Map<String, String> onPostgres(String url, String user, String password) {
    Map<String, String> env = new HashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("CLAIMDESK_DB_URL", url);
    env.put("CLAIMDESK_DB_USER", user);
    env.put("CLAIMDESK_DB_PASSWORD", password);
    return env;
  }

  private static String failsWithOneLine(DeskProcess desk) throws InterruptedException {
    int status = desk.exitStatus(START);
    assertThat(status).as(desk.consoleText()).isNotZero();
    List<String> lines = desk.failureLines();
    assertThat(lines).as(desk.consoleText()).hasSize(1);
    assertThat(desk.console())
        .as("no stack trace or multi-line report in:\n%s", desk.consoleText())
        .noneMatch(l -> l.startsWith("\tat ") || l.contains("APPLICATION FAILED TO START"))
        .noneMatch(l -> l.startsWith("Caused by:"));
    return lines.getFirst();
  }

  @Test
  void the_postgres_profile_without_CLAIMDESK_DB_URL_names_the_variable() throws Exception {
    Map<String, String> env = onPostgres("", "desk", "x");
    env.remove("CLAIMDESK_DB_URL");
    try (DeskProcess desk = DeskProcess.start(env)) {
      assertThat(failsWithOneLine(desk))
          .contains("CLAIMDESK_DB_URL is not set")
          .contains("jdbc:postgresql://");
    }
  }

  @Test
  void a_wrong_password_names_the_user_and_password_variables_at_once() throws Exception {
    String url = postgres.getJdbcUrl("desk", "claimdesk");
    try (DeskProcess desk = DeskProcess.start(onPostgres(url, "desk", "a-wrong-password"))) {
      assertThat(failsWithOneLine(desk))
          .contains("refused the user 'desk'")
          .contains("CLAIMDESK_DB_USER and CLAIMDESK_DB_PASSWORD");
      assertThat(desk.console()).noneMatch(l -> l.contains("Waiting for the database"));
    }
  }

  @Test
  void a_database_name_that_does_not_exist_is_said_plainly() throws Exception {
    String url = postgres.getJdbcUrl("desk", "claimdesk_typo");
    try (DeskProcess desk = DeskProcess.start(onPostgres(url, "desk", "the-right-password"))) {
      assertThat(failsWithOneLine(desk))
          .contains("does not exist")
          .contains("CLAIMDESK_DB_URL")
          .contains("claimdesk_typo");
    }
  }

  @Test
  void an_unreachable_database_is_retried_one_line_per_attempt_then_given_up() throws Exception {
    int closedPort = DeskProcess.freePort();
    Map<String, String> env =
        onPostgres("jdbc:postgresql://127.0.0.1:" + closedPort + "/claimdesk", "desk", "x");
    env.put("CLAIMDESK_DB_STARTUP_WAIT", "5s");
    try (DeskProcess desk = DeskProcess.start(env)) {
      String line = failsWithOneLine(desk);
      assertThat(line)
          .contains("cannot be reached")
          .contains("127.0.0.1:" + closedPort)
          .contains("claimdesk.database.startup-wait");
      assertThat(desk.console().stream().filter(l -> l.contains("Waiting for the database")))
          .hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void a_database_that_comes_up_after_the_desk_is_waited_for_and_the_desk_starts()
      throws Exception {
    int port = DeskProcess.freePort();
    Map<String, String> env =
        onPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    try (DeskProcess desk = DeskProcess.start(env)) {
      desk.awaitLine(l -> l.contains("Waiting for the database"), START);
      try (EmbeddedPostgres late = EmbeddedPostgres.builder().setPort(port).start()) {
        desk.awaitLine(l -> l.contains("The database at") && l.contains("answered"), START);
        desk.awaitLine(l -> l.contains("Started ClaimDeskLauncher"), START);
        assertThat(desk.failureLines()).isEmpty();
        desk.close();
      }
    }
  }

  @Test
  void a_data_folder_given_relative_to_the_working_folder_is_used() throws Exception {
    Path relative = Path.of("target", "claimdesk-relative-" + System.nanoTime());
    try (DeskProcess desk = DeskProcess.start(Map.of("CLAIMDESK_DATA_DIR", relative.toString()))) {
      desk.awaitLoginPage(Duration.ofMinutes(3));
      assertThat(relative.resolve("claimdesk.mv.db")).exists();
    }
  }

  @Test
  void a_data_folder_in_use_by_another_desk_is_refused() throws Exception {
    Path folder = DeskProcess.newFolder("claimdesk-locked");
    try (Connection other =
            DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("claimdesk") + ";DB_CLOSE_ON_EXIT=FALSE",
                "claimdesk",
                "");
        DeskProcess desk = DeskProcess.start(Map.of("CLAIMDESK_DATA_DIR", folder.toString()))) {
      assertThat(failsWithOneLine(desk))
          .contains("in use by another running ClaimDesk")
          .contains(folder.toRealPath().toString())
          .contains("CLAIMDESK_DATA_DIR");
      assertThat(other.isValid(1)).isTrue();
    }
  }

  @Test
  void a_read_only_data_folder_is_refused() throws Exception {
    Path folder = DeskProcess.newFolder("claimdesk-readonly");
    assumeTrue(ReadOnlyMounts.mountReadOnlyTmpfs(folder), "cannot mount a read-only file system");
    try (DeskProcess desk = DeskProcess.start(Map.of("CLAIMDESK_DATA_DIR", folder.toString()))) {
      assertThat(failsWithOneLine(desk)).contains("is read-only").contains("CLAIMDESK_DATA_DIR");
    } finally {
      ReadOnlyMounts.unmount(folder);
    }
  }

  @Test
  void a_read_only_database_file_is_refused() throws Exception {
    Path folder = DeskProcess.newFolder("claimdesk-readonly-db");
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:file:" + folder.resolve("claimdesk"), "claimdesk", "")) {
      c.createStatement().execute("create table kept(i int)");
    }
    Path file = folder.resolve("claimdesk.mv.db");
    assumeTrue(ReadOnlyMounts.bindReadOnly(file), "cannot bind-mount a file read-only");
    try (DeskProcess desk = DeskProcess.start(Map.of("CLAIMDESK_DATA_DIR", folder.toString()))) {
      assertThat(failsWithOneLine(desk))
          .contains("The database " + file.toRealPath())
          .contains("is read-only");
    } finally {
      ReadOnlyMounts.unmount(file);
    }
  }

  @Test
  void
      a_missing_data_folder_is_created_owner_only_and_said_so_and_a_refused_admin_password_is_one_line()
          throws Exception {
    Path folder = DeskProcess.newFolder("claimdesk-new").resolve("typo");
    Map<String, String> env = new HashMap<>();
    env.put("CLAIMDESK_DATA_DIR", folder.toString());
    env.put("CLAIMDESK_ADMIN_PASSWORD", "short");
    try (DeskProcess desk = DeskProcess.start(env)) {
      String line = failsWithOneLine(desk);
      assertThat(line).contains("CLAIMDESK_ADMIN_PASSWORD").containsIgnoringCase("too short");
      assertThat(desk.console())
          .anyMatch(l -> l.contains("The data folder " + folder + " did not exist and was created"))
          .anyMatch(l -> l.equals("A new desk was created in " + folder + "."));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      assertThat(all).contains(folder.resolve("claimdesk.mv.db"));
      for (Path file : all) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .as(file.toString())
            .isEqualTo(Files.isDirectory(file) ? "rwx------" : "rw-------");
      }
    }
  }
}
