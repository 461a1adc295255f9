package org.claimdesk.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.shared.StartupProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before the application context starts (and long before Flyway, Hibernate or the pool touch the
 * database): checks the database settings, prepares the embedded database's folder, and waits for
 * the database to answer, one console line per attempt, for {@code claimdesk.database.startup-wait}
 * (60 s). What waiting cannot cure (a wrong password, a missing database, a locked or read-only
 * folder) stops the start at once with one line. Registered in META-INF/spring.factories.
 */
public final class DatabaseStartupCheck implements ApplicationListener<ApplicationPreparedEvent> {

  private static final String DATA_DIR = "claimdesk.data-dir";
  static final Duration RETRY_EVERY = Duration.ofSeconds(2);
  private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("placeholder '([^':]+)");

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
    makeDataFolderAbsolute(environment);
    if (!environment.getProperty("claimdesk.database.startup-check", Boolean.class, true)) {
      return;
    }
    String[] values = new String[3];
    String[] settings = {
      "spring.datasource.url", "spring.datasource.username", "spring.datasource.password"
    };
    for (int i = 0; i < settings.length; i++) {
      try {
        values[i] = environment.getProperty(settings[i]);
      } catch (IllegalArgumentException unresolved) {
        throw new StartupProblem(unset(settings[i], unresolved), unresolved);
      }
    }
    if (values[0] == null || values[0].isBlank()) {
      return;
    }
    if (!values[0].startsWith("jdbc:")) {
      throw new StartupProblem(
          "The database address '"
              + values[0]
              + "' is not a JDBC address: set CLAIMDESK_DB_URL (spring.datasource.url) to e.g."
              + " jdbc:postgresql://db.example:5432/claimdesk.");
    }
    Duration wait =
        environment.getProperty(
            "claimdesk.database.startup-wait", Duration.class, Duration.ofSeconds(60));
    check(values[0], values[1], values[2], wait);
  }

  /**
   * H2 refuses a file address that is implicitly relative to the working folder ({@code
   * CLAIMDESK_DATA_DIR=data} gives {@code jdbc:h2:file:data/claimdesk}), so a relative data folder
   * is made absolute before anything reads the database address.
   */
  static void makeDataFolderAbsolute(ConfigurableEnvironment environment) {
    String dir = environment.getProperty(DATA_DIR);
    if (dir == null || dir.isBlank() || Path.of(dir).isAbsolute()) {
      return;
    }
    String absolute = Path.of(dir).toAbsolutePath().normalize().toString();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("claimdesk-absolute-data-dir", Map.of(DATA_DIR, absolute)));
  }

  private static String unset(String setting, IllegalArgumentException unresolved) {
    Matcher m = PLACEHOLDER.matcher(String.valueOf(unresolved.getMessage()));
    String variable = m.find() ? m.group(1) : setting;
    String example =
        switch (variable) {
          case "CLAIMDESK_DB_URL" ->
              " to the database's JDBC address, e.g. jdbc:postgresql://db.example:5432/claimdesk";
          case "CLAIMDESK_DB_USER" -> " to the PostgreSQL role ClaimDesk signs in as";
          case "CLAIMDESK_DB_PASSWORD" -> " to that role's password";
          default -> "";
        };
    return variable
        + " is not set: the postgres profile needs it. Set "
        + variable
        + example
        + " (see README, Operating ClaimDesk).";
  }

  static void check(String url, @Nullable String user, @Nullable String password, Duration wait) {
    if (url.startsWith("jdbc:h2:mem:")) {
      return;
    }
    DataFolder folder = null;
    if (url.startsWith("jdbc:h2:file:")) {
      folder = DataFolder.ofH2Url(url);
      String said = folder.prepare();
      if (!said.isEmpty()) {
        System.out.println(said);
        log.info(said);
      }
    }
    waitForDatabase(url, user, password, wait);
    if (folder != null) {
      folder.restrictFiles();
    }
  }

  private static void waitForDatabase(
      String url, @Nullable String user, @Nullable String password, Duration wait) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    if (url.startsWith("jdbc:postgresql:") && !url.contains("connectTimeout")) {
      properties.setProperty("connectTimeout", "5");
    }
    String where = where(url);
    Instant deadline = Instant.now().plus(wait);
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = DriverManager.getConnection(url, properties)) {
        refuseReadOnly(connection, url, where);
        if (attempt > 1) {
          log.info("The database at {} answered.", where);
        }
        return;
      } catch (SQLException e) {
        String problem = permanentProblem(e, url, where, user);
        if (problem != null) {
          throw new StartupProblem(problem, e);
        }
        long left = Duration.between(Instant.now(), deadline).toSeconds();
        if (left <= 0) {
          throw new StartupProblem(
              "The database at "
                  + where
                  + " cannot be reached ("
                  + reason(e)
                  + ") after waiting "
                  + wait.toSeconds()
                  + " s: start it or check CLAIMDESK_DB_URL; claimdesk.database.startup-wait"
                  + " sets how long to wait.",
              e);
        }
        log.warn(
            "Waiting for the database at {} (attempt {}, giving up in {} s): {}",
            where,
            attempt,
            left,
            reason(e));
        log.debug("Connection attempt {} failed", attempt, e);
        try {
          Thread.sleep(RETRY_EVERY.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new StartupProblem("Interrupted while waiting for the database at " + where + ".");
        }
      }
    }
  }

  private static void refuseReadOnly(Connection connection, String url, String where)
      throws SQLException {
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show transaction_read_only")) {
      if (result.next() && "on".equalsIgnoreCase(result.getString(1))) {
        throw new StartupProblem(
            "The database at "
                + where
                + " is read-only (a standby, or default_transaction_read_only is on): point"
                + " CLAIMDESK_DB_URL at the primary server.");
      }
    }
  }

  /** A failure that waiting cannot cure, as the line to print; null when worth another try. */
  static @Nullable String permanentProblem(
      SQLException e, String url, String where, @Nullable String user) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (url.startsWith("jdbc:h2:")) {
      if (e.getErrorCode() == 90020) {
        return "The data folder "
            + DataFolder.ofH2Url(url).path()
            + " is in use by another running ClaimDesk (its database is locked): stop that one"
            + " first, or set CLAIMDESK_DATA_DIR to another folder.";
      }
      if (e.getErrorCode() == 28000) {
        return "The database in "
            + DataFolder.ofH2Url(url).path()
            + " refused ClaimDesk's user and password (spring.datasource.username and"
            + " spring.datasource.password): use the ones it was created with.";
      }
      return "Cannot open the database in "
          + DataFolder.ofH2Url(url).path()
          + " ("
          + reason(e)
          + "): check the data folder (CLAIMDESK_DATA_DIR).";
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return "The database at "
          + where
          + " refused the user '"
          + user
          + "' and its password: check CLAIMDESK_DB_USER and CLAIMDESK_DB_PASSWORD.";
    }
    if (state.equals("3D000")) {
      return "The database named in CLAIMDESK_DB_URL ("
          + where
          + ") does not exist: create it (README, Operating ClaimDesk) or fix the name.";
    }
    if (state.startsWith("08") || state.equals("57P03") || state.equals("53300")) {
      return null;
    }
    return "The database at "
        + where
        + " refused the connection ("
        + reason(e)
        + "): check CLAIMDESK_DB_URL, CLAIMDESK_DB_USER and CLAIMDESK_DB_PASSWORD.";
  }

  /** The address without its options, which may hold a password. */
  private static String where(String url) {
    int options = url.indexOf('?');
    String base = options < 0 ? url : url.substring(0, options);
    return base.startsWith("jdbc:") ? base.substring("jdbc:".length()) : base;
  }

  private static String reason(SQLException e) {
    Throwable innermost = e;
    while (innermost.getCause() != null) {
      innermost = innermost.getCause();
    }
    String message = String.valueOf(e.getMessage());
    if (innermost != e && innermost.getMessage() != null) {
      message = innermost.getMessage();
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
