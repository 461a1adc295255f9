package org.claimdesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server for the whole test run, started on first use. */
public final class EmbeddedPostgresDatabase {

  private static EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgresDatabase() {}

  /** Points Spring at a fresh, empty database on the shared server. */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    try {
      if (server == null) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        // -Dbench.pg-stat-statements=true: benchmarks can list what the server spent its time on.
        if (Boolean.getBoolean("bench.pg-stat-statements")) {
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
          builder.setServerConfig("pg_stat_statements.track_planning", "on");
        }
        server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop));
      }
      String name = "claimdesk_" + (++databases);
      try (var connection = server.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("create database " + name);
      }
      String url = server.getJdbcUrl("postgres", name);
      registry.add("spring.datasource.url", () -> url);
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not create a test database", e);
    }
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // The JVM is exiting; the server's own shutdown hook cleans up the rest.
    }
  }
}
