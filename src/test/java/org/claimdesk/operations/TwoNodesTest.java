package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two web nodes on one PostgreSQL, as behind a load balancer: what one saves the other shows at
 * once, a save based on what the other node showed before is refused as a conflict, and wrong
 * passwords count towards the lockout whichever node they reach.
 */
class TwoNodesTest {

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void twoNodesOnOneDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("create database claimdesk_nodes");
    }
    String url = postgres.getJdbcUrl("postgres", "claimdesk_nodes");
    first = node(url);
    second = node(url);
  }

  @AfterAll
  static void stop() throws Exception {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void a_claim_changed_on_one_node_shows_on_the_other() {
    ClaimService onFirst = first.getBean(ClaimService.class);
    ClaimService onSecond = second.getBean(ClaimService.class);
    // Each context reads the signed-in person from its own holder (Vaadin's).

    on(first);
    // Real accounts, created through the user service; both nodes share the database.
    DeskScenario.People people = new DeskScenario(first).people;
    String edna = people.editor();
    String otto = people.secondEditor();
    ClaimSummary created =
        SignedIn.as(edna, Role.EDITOR, () -> onFirst.create("Turnout was 71 percent", null, null));
    on(second);
    ClaimSummary seen =
        SignedIn.as(otto, Role.EDITOR, () -> onSecond.find(created.id()).orElseThrow());
    assertThat(seen.statement()).isEqualTo("Turnout was 71 percent");

    on(second);
    SignedIn.as(
        otto,
        Role.EDITOR,
        () ->
            onSecond.editStatement(
                seen.id(), seen.version(), "Turnout was 61 percent", "The council", null));
    on(first);
    ClaimSummary reread =
        SignedIn.as(edna, Role.EDITOR, () -> onFirst.find(created.id()).orElseThrow());
    assertThat(reread.statement()).isEqualTo("Turnout was 61 percent");
    assertThat(reread.claimantName()).isEqualTo("The council");

    Throwable stale =
        catchThrowable(
            () ->
                SignedIn.as(
                    edna,
                    Role.EDITOR,
                    () ->
                        onFirst.editStatement(
                            created.id(),
                            created.version(),
                            "Turnout was 17 percent",
                            null,
                            null)));
    assertThat(stale).isNotNull();
    assertThat(ErrorMessages.isConflict(stale)).as(String.valueOf(stale)).isTrue();
  }

  @Test
  void wrong_passwords_spread_over_both_nodes_lock_the_account_on_both() throws Exception {
    on(first);
    DeskScenario.People people = new DeskScenario(first).people;
    String name = people.editor();
    int firstPort = port(first);
    int secondPort = port(second);

    // A guesser whose requests the load balancer spreads over both nodes: five wrong passwords.
    for (int i = 0; i < 5; i++) {
      var wrong = signIn(i % 2 == 0 ? firstPort : secondPort, name, "wrong guess " + i);
      assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(401);
      assertThat(wrong.body()).contains("The username or password is wrong.");
    }
    // Now the right password is refused on either node: the count was shared.
    for (int port : new int[] {firstPort, secondPort}) {
      var locked = signIn(port, name, DeskScenario.PASSWORD);
      assertThat(locked.statusCode()).as(locked.body()).isEqualTo(401);
      assertThat(locked.body()).contains("locked");
    }
    // Someone else signs in as usual. (Both nodes share one JVM here, so the static security
    // holder must point at the node that answers.)
    on(second);
    var other = signIn(secondPort, people.secondEditor(), DeskScenario.PASSWORD);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
  }

  /** {@code POST /api/v1/tokens} with the password, under the sign-in page's throttling. */
  private static HttpResponse<String> signIn(int port, String username, String password)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"two nodes\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
  }

  private static void on(ConfigurableApplicationContext node) {
    SecurityContextHolder.setContextHolderStrategy(
        node.getBean(SecurityContextHolderStrategy.class));
  }

  private static ConfigurableApplicationContext node(String url) {
    // Command-line arguments, which win over application.properties as they do for the jar.
    return new SpringApplicationBuilder(ClaimDeskApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--claimdesk.admin-password=",
            // One Lucene index per node: in a shared folder the second node could not lock it.
            "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
            "--management.health.diskspace.path=.");
  }
}
