package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two web nodes on one PostgreSQL, as behind a load balancer: what one saves the other shows at
 * once, and a save based on what the other node showed before is refused as a conflict.
 */
class TwoNodesTest {

  @Test
  void a_claim_changed_on_one_node_shows_on_the_other() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          var s = c.createStatement()) {
        s.execute("create database claimdesk_nodes");
      }
      String url = postgres.getJdbcUrl("postgres", "claimdesk_nodes");
      try (ConfigurableApplicationContext first = node(url);
          ConfigurableApplicationContext second = node(url)) {
        ClaimService onFirst = first.getBean(ClaimService.class);
        ClaimService onSecond = second.getBean(ClaimService.class);
        // Each context reads the signed-in person from its own holder (Vaadin's).

        on(first);
        // Real accounts, created through the user service; both nodes share the database.
        DeskScenario.People people = new DeskScenario(first).people;
        String edna = people.editor();
        String otto = people.secondEditor();
        ClaimSummary created =
            SignedIn.as(
                edna, Role.EDITOR, () -> onFirst.create("Turnout was 71 percent", null, null));
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
    }
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
