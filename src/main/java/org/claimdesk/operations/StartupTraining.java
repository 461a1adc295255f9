package org.claimdesk.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training start of {@code bin/claimdesk} (docs/design-decisions/startup.md): with {@code
 * -Dclaimdesk.startup.training=true}, once the desk is up it asks itself for the pages a first
 * visitor asks for (the sign-in page, an API call without a token, the health check), then stops.
 * The JVM's ahead-of-time cache, written as the process exits, then holds the classes and method
 * profiles of serving {@code /login} too, not only those of setting the application up. Without the
 * property it does nothing. Registered in META-INF/spring.factories.
 */
public final class StartupTraining implements ApplicationListener<ApplicationReadyEvent> {

  static final String PROPERTY = "claimdesk.startup.training";
  private static final Logger log = LoggerFactory.getLogger(StartupTraining.class);
  private static final List<String> PATHS =
      List.of("/login", "/login", "/api/v1/claims", "/actuator/health");

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    ConfigurableApplicationContext context = event.getApplicationContext();
    if (!context.getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
      return;
    }
    String port = context.getEnvironment().getProperty("local.server.port");
    if (port != null) {
      for (String path : PATHS) {
        log.info("Start-up training: GET {} answered {}", path, get(port, path));
      }
    }
    System.exit(SpringApplication.exit(context, () -> 0));
  }

  private static int get(String port, String path) {
    try {
      var connection =
          (HttpURLConnection)
              URI.create("http://localhost:" + port + path).toURL().openConnection();
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(60_000);
      int status = connection.getResponseCode();
      InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
      if (body != null) {
        try (body) {
          body.transferTo(
              OutputStream.nullOutputStream()); // the whole answer, as a browser reads it
        }
      }
      return status;
    } catch (IOException failed) {
      log.info("Start-up training: GET {} failed: {}", path, failed.toString());
      return -1;
    }
  }
}
