package org.claimdesk.operations;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's own backup tools, {@code pg_dump} and {@code pg_restore}, run on a JDBC address: a
 * dump taken this way restores on any PostgreSQL 13 or newer, which a copy of files does not.
 */
public final class PostgresTools {

  private PostgresTools() {}

  /** Whether {@code pg_dump} and {@code pg_restore} are on the PATH. */
  public static boolean available() {
    return onPath("pg_dump") && onPath("pg_restore");
  }

  /** Writes a custom-format dump (pg_dump -Fc) of the database to {@code out}. */
  public static void dump(String jdbcUrl, String user, @Nullable String password, Path out) {
    run(
        List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + out),
        jdbcUrl,
        user,
        password);
  }

  /** Restores a dump into the (empty) database. */
  public static void restore(String jdbcUrl, String user, @Nullable String password, Path dump) {
    run(
        List.of(
            "pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", dump.toString()),
        jdbcUrl,
        user,
        password);
  }

  private static void run(
      List<String> tool, String jdbcUrl, String user, @Nullable String password) {
    if (!onPath(tool.getFirst())) {
      throw new UserFacingException(
          tool.getFirst()
              + " is not on the PATH: install PostgreSQL's client tools (Debian: apt-get install"
              + " postgresql-client, version 13 or newer) or run it yourself as README, Operating"
              + " ClaimDesk shows.");
    }
    List<String> command = new ArrayList<>(tool);
    command.add("--dbname=" + libpqUrl(jdbcUrl, user));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (password != null && !password.isEmpty()) {
      builder.environment().put("PGPASSWORD", password);
    }
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
        throw new UserFacingException(
            tool.getFirst() + " failed: " + output.strip().lines().findFirst().orElse("no output"));
      }
    } catch (IOException e) {
      throw new UserFacingException(tool.getFirst() + " could not be run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException(tool.getFirst() + " was interrupted.", e);
    }
  }

  /**
   * {@code jdbc:postgresql://host:port/db?ssl=...} as libpq's {@code postgresql://user@host...}.
   */
  static String libpqUrl(String jdbcUrl, String user) {
    if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
      throw new UserFacingException(
          "Not a PostgreSQL address: "
              + jdbcUrl
              + ". Set CLAIMDESK_DB_URL to jdbc:postgresql://...");
    }
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    String query = uri.getRawQuery() == null ? "" : "?" + libpqOptions(uri.getRawQuery());
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return "postgresql://"
        + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "@"
        + uri.getHost()
        + port
        + uri.getRawPath()
        + query;
  }

  /** Keeps the options libpq knows under the same name (sslmode, sslrootcert, ...). */
  private static String libpqOptions(String query) {
    List<String> kept = new ArrayList<>();
    for (String option : query.split("&")) {
      String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
      if (name.startsWith("ssl") && !name.equals("ssl") && !name.equals("sslfactory")) {
        kept.add(option);
      }
    }
    return String.join("&", kept);
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
