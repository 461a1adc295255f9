package org.claimdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} on the command line, killed with kill -9 half-way: every document is wholly in
 * (its text and its items) or not at all, and running the same import again completes the rest. The
 * command runs in a JVM of its own on the test class path, on an embedded database in a temporary
 * folder.
 */
class KillMidImportTest {

  private static final int ARTICLES = 60;
  private static final Pattern IMPORTED = Pattern.compile(": (\\d+) imported");

  @TempDir Path dir;

  @Test
  void a_killed_import_leaves_whole_documents_and_a_rerun_completes_it() throws Exception {
    Path data = Files.createDirectory(dir.resolve("data"));
    Path file = ImportFiles.jsonLines(dir.resolve("wire.jsonl"), 7_000_000, ARTICLES, 250);

    Run killed = Run.start(data, file);
    killed.awaitImported(5, Duration.ofMinutes(4));
    killed.process.destroyForcibly();
    assertThat(killed.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    int before;
    try (Connection c = open(data)) {
      before = count(c, "select count(*) from document");
      assertThat(before).isBetween(1, ARTICLES - 1);
      assertThat(
              count(
                  c,
                  "select count(*) from document d where not exists"
                      + " (select 1 from document_text t where t.document_id = d.id)"))
          .as("documents without their text")
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from document d where not exists"
                      + " (select 1 from claim_item i where i.document_id = d.id)"))
          .as("documents without their claim items")
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from claim c where not exists"
                      + " (select 1 from claim_item i where i.claim_id = c.id)"))
          .as("claims without an appearance")
          .isZero();
      assertThat(count(c, "select count(*) from import_job where state = 'RUNNING'")).isEqualTo(1);
    }

    Run rerun = Run.start(data, file);
    assertThat(rerun.process.waitFor(8, TimeUnit.MINUTES)).as(rerun.console()).isTrue();
    Thread.sleep(300);
    assertThat(rerun.process.exitValue()).as(rerun.console()).isZero();
    assertThat(rerun.console())
        .contains(String.format("%d imported, %d already in, 0 failed", ARTICLES - before, before));
    try (Connection c = open(data)) {
      assertThat(count(c, "select count(*) from document")).isEqualTo(ARTICLES);
      assertThat(count(c, "select count(distinct content_hash) from document")).isEqualTo(ARTICLES);
    }
  }

  private static Connection open(Path data) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + data.toAbsolutePath().resolve("claimdesk"), "claimdesk", "");
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The jar's launcher in a JVM of its own, its output kept. */
  private record Run(Process process, CopyOnWriteArrayList<String> lines) {

    static Run start(Path data, Path file) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-cp");
      command.add(classPath());
      command.add("org.claimdesk.ClaimDeskLauncher");
      command.addAll(
          List.of("import", file.toString(), "--format", "jsonl", "--data-dir", data.toString()));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().remove("CLAIMDESK_DB_URL");
      builder.environment().put("CLAIMDESK_ADMIN_PASSWORD", "kill nine import secret 42");
      Run run = new Run(builder.start(), new CopyOnWriteArrayList<>());
      Thread reader =
          new Thread(
              () -> {
                try (var in =
                    new BufferedReader(
                        new InputStreamReader(
                            run.process.getInputStream(), StandardCharsets.UTF_8))) {
                  in.lines().forEach(run.lines::add);
                } catch (IOException ignored) {
                  // The process ended.
                }
              });
      reader.setDaemon(true);
      reader.start();
      return run;
    }

    void awaitImported(int atLeast, Duration timeout) throws InterruptedException {
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline)) {
        for (String line : lines) {
          Matcher m = IMPORTED.matcher(line);
          if (m.find() && Integer.parseInt(m.group(1)) >= atLeast) {
            return;
          }
        }
        if (!process.isAlive()) {
          throw new AssertionError("The import ended before it could be killed:\n" + console());
        }
        Thread.sleep(100);
      }
      throw new AssertionError("The import did not get going in time:\n" + console());
    }

    String console() {
      return String.join("\n", lines);
    }
  }

  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && entry.contains("surefire")) {
        entries.addAll(manifestClassPath(Path.of(entry)));
      } else {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> manifestClassPath(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      String classPath =
          manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null) {
        return List.of(jar.toString());
      }
      List<String> entries = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        entries.add(Path.of(jar.getParent().toUri().resolve(url)).toString());
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
