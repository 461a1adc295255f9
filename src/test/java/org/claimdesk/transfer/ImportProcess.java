package org.claimdesk.transfer;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jar's {@code import} command in a JVM of its own (the launcher on the test class path, as the
 * jar runs it), on an embedded database in a given folder, its output kept.
 */
/** The jar's launcher in a JVM of its own, its output kept. */
public record ImportProcess(Process process, ConcurrentLinkedQueue<String> lines) {

  private static final Pattern IMPORTED = Pattern.compile(": (\\d+) imported");

  public static ImportProcess start(Path data, Path file, String... extra) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    String jvm = System.getProperty("import.jvmArgs", "").trim(); // e.g. a JFR recording
    if (!jvm.isEmpty()) {
      command.addAll(List.of(jvm.split("\\s+")));
    }
    command.add("-cp");
    command.add(classPath());
    command.add("org.claimdesk.ClaimDeskLauncher");
    command.addAll(
        List.of("import", file.toString(), "--format", "jsonl", "--data-dir", data.toString()));
    command.addAll(List.of(extra));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("CLAIMDESK_DB_URL");
    builder.environment().put("CLAIMDESK_ADMIN_PASSWORD", "kill nine import secret 42");
    ImportProcess run = new ImportProcess(builder.start(), new ConcurrentLinkedQueue<>());
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

  public void awaitImported(int atLeast, Duration timeout) throws InterruptedException {
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

  public String console() {
    return String.join("\n", lines);
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
