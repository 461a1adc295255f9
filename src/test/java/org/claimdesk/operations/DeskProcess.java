package org.claimdesk.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * ClaimDesk started as an administrator starts it (the launcher in a JVM of its own, on the test
 * classes), its console kept for the test to read.
 */
final class DeskProcess implements AutoCloseable {

  private final Process process;
  private final CopyOnWriteArrayList<String> console = new CopyOnWriteArrayList<>();
  final int port;

  private DeskProcess(Process process, int port) {
    this.process = process;
    this.port = port;
    Thread reader =
        new Thread(
            () -> {
              try (var in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(console::add);
              } catch (IOException | java.io.UncheckedIOException ignored) {
                // The process ended.
              }
            },
            "desk-console");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the launcher with these environment variables (null removes one) and arguments. */
  static DeskProcess start(Map<String, String> environment, String... args) throws IOException {
    int port = freePort();
    List<String> all = new ArrayList<>(List.of("--server.port=" + port));
    all.addAll(List.of(args));
    return launch(environment, port, all);
  }

  /** Runs a command of the jar (backup, restore...) in a JVM of its own. */
  static DeskProcess command(Map<String, String> environment, String... args) throws IOException {
    return launch(environment, 0, List.of(args));
  }

  /**
   * Starts the production jar the build made ({@code claimdesk.jar}, which failsafe passes, or
   * target/claimdesk.jar) as {@code java -jar}, on a free port.
   */
  static DeskProcess startBuiltJar(Map<String, String> environment, String... args)
      throws IOException {
    Path jar = builtJar();
    int port = freePort();
    List<String> all = new ArrayList<>(List.of("--server.port=" + port));
    all.addAll(List.of(args));
    return launch(environment, port, List.of("-jar", jar.toString()), all);
  }

  static Path builtJar() {
    Path jar = Path.of(System.getProperty("claimdesk.jar", "target/claimdesk.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "The production jar " + jar + " is not built: run ./mvnw package first.");
    }
    return jar;
  }

  private static DeskProcess launch(Map<String, String> environment, int port, List<String> args)
      throws IOException {
    return launch(
        environment, port, List.of("-cp", classPath(), "org.claimdesk.ClaimDeskLauncher"), args);
  }

  private static DeskProcess launch(
      Map<String, String> environment, int port, List<String> program, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(program);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("CLAIMDESK_ADMIN_PASSWORD");
    builder.environment().remove("CLAIMDESK_DB_URL");
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    return new DeskProcess(builder.start(), port);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits for the process to end and returns its exit status. */
  int exitStatus(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("ClaimDesk did not stop in time:\n" + consoleText());
    }
    // Let the reader thread take the last lines.
    Thread.sleep(200);
    return process.exitValue();
  }

  /** Waits for a console line, failing when the process ends first. */
  String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (String line : console) {
        if (wanted.test(line)) {
          return line;
        }
      }
      if (!process.isAlive()) {
        Thread.sleep(200);
        for (String line : console) {
          if (wanted.test(line)) {
            return line;
          }
        }
        throw new AssertionError("ClaimDesk stopped before saying it:\n" + consoleText());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("ClaimDesk did not say it in time:\n" + consoleText());
  }

  /** Waits until the desk answers on /login, failing when the process ends first. */
  void awaitLoginPage(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("ClaimDesk stopped while starting:\n" + consoleText());
      }
      try {
        var connection =
            (java.net.HttpURLConnection)
                java.net.URI.create("http://localhost:" + port + "/login").toURL().openConnection();
        connection.setConnectTimeout(1000);
        if (connection.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("ClaimDesk did not answer on /login in time:\n" + consoleText());
  }

  /** Lines that start with the one-line failure report. */
  List<String> failureLines() {
    return console.stream().filter(l -> l.startsWith(OneLineFailureReporter.PREFIX)).toList();
  }

  List<String> console() {
    return List.copyOf(console);
  }

  String consoleText() {
    return String.join("\n", console);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Like kill -9. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The test class path (expanding Surefire's manifest-only jar). */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar") && entry.contains("surefire")) {
        entries.addAll(manifestClassPath(Path.of(entry)));
      } else {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static List<String> manifestClassPath(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
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

  static Path newFolder(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }
}
