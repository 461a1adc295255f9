package org.claimdesk.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar started as a user starts it, on a random port and a new embedded database; its
 * console is kept so that tests can read what it tells the user.
 */
final class RunningClaimDesk implements AutoCloseable {

  private static final Pattern ADMIN_PASSWORD = Pattern.compile("password: (\\S{20})");

  private final Process process;
  private final int port;
  private final CopyOnWriteArrayList<String> console = new CopyOnWriteArrayList<>();

  private RunningClaimDesk(Process process, int port) {
    this.process = process;
    this.port = port;
    Thread reader =
        new Thread(
            () -> {
              try (var in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(console::add);
              } catch (IOException ignored) {
                // The process ended.
              }
            },
            "claimdesk-console");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the production jar the build made (failsafe passes its path) on a free port. */
  static RunningClaimDesk startBuiltJar() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("claimdesk.jar", "target/claimdesk.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "The production jar " + jar + " is not built: run ./mvnw package first.");
    }
    return start(jar);
  }

  static RunningClaimDesk start(Path jar) throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path dataDir = Files.createTempDirectory("claimdesk-browser-test");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port)
            .redirectErrorStream(true);
    builder.environment().put("CLAIMDESK_DATA_DIR", dataDir.toString());
    builder.environment().remove("CLAIMDESK_ADMIN_PASSWORD");
    RunningClaimDesk app = new RunningClaimDesk(builder.start(), port);
    try {
      app.awaitLoginPage(
          Duration.ofSeconds(Integer.getInteger("claimdesk.browser.start-seconds", 300)));
    } catch (AssertionError | InterruptedException notUp) {
      app.close(); // never leave a half-started jar behind
      throw notUp;
    }
    return app;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The admin password the app printed on its first start. */
  String printedAdminPassword() {
    for (String line : console) {
      Matcher m = ADMIN_PASSWORD.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("The console did not show an admin password:\n" + consoleText());
  }

  String consoleText() {
    return String.join("\n", console);
  }

  private void awaitLoginPage(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("ClaimDesk stopped while starting:\n" + consoleText());
      }
      try {
        var connection = (HttpURLConnection) URI.create(url("/login")).toURL().openConnection();
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

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
