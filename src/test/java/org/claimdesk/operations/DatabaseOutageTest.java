package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * PostgreSQL goes away while the desk runs and comes back: people are told that the database cannot
 * be reached (never "wrong password"), and the desk works again without a restart.
 */
@IntegrationTest
class DatabaseOutageTest {

  private static Path dataDirectory;
  private static int port;
  private static EmbeddedPostgres server;

  @DynamicPropertySource
  static void ownServer(DynamicPropertyRegistry registry) throws IOException {
    dataDirectory = Files.createTempDirectory("claimdesk-outage-pg");
    port = DeskProcess.freePort();
    server = start();
    registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  private static EmbeddedPostgres start() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Autowired ClaimService claims;
  @Autowired WebApplicationContext context;

  /** A real editor, created through the user service. */
  private String editor;

  @Test
  void an_outage_is_reported_as_such_and_the_desk_recovers_when_the_database_is_back()
      throws Exception {
    editor = new DeskScenario(context).people.editor();
    ClaimSummary before =
        SignedIn.as(editor, Role.EDITOR, () -> claims.create("Exports doubled", null, null));
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

    server.close();

    Instant asked = Instant.now();
    Throwable failure =
        catchThrowable(
            () ->
                SignedIn.as(
                    editor,
                    Role.EDITOR,
                    () -> claims.queue(ClaimFilter.all(), PageRequest.of(0, 10))));
    assertThat(failure).isNotNull();
    assertThat(ErrorMessages.describe(failure)).isEqualTo(DatabaseOutage.UNREACHABLE);
    assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(15));

    mvc.perform(formLogin("/login").user("admin").password("any-password-at-all"))
        .andExpect(redirectedUrl("/login?unavailable"));

    server = start();

    ClaimSummary after = awaitClaim(before.id());
    assertThat(after.statement()).isEqualTo("Exports doubled");
    mvc.perform(formLogin("/login").user("admin").password("a-wrong-password"))
        .andExpect(redirectedUrl("/login?error"));
  }

  private ClaimSummary awaitClaim(long id) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      try {
        return SignedIn.as(editor, Role.EDITOR, () -> claims.find(id)).orElseThrow();
      } catch (RuntimeException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw notYet;
        }
        Thread.sleep(500);
      }
    }
  }
}
