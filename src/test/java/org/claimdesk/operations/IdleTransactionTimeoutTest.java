package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.IngestResult;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A PostgreSQL whose administrator ends transactions that sit idle for a second ({@code
 * idle_in_transaction_session_timeout}, a common guard in shared databases) still takes every save:
 * a document whose extraction takes many seconds, and the verdict workflow. The same setting does
 * end a transaction that waits for longer, so the test would notice a save that holds one open
 * while it works.
 */
@IntegrationTest
class IdleTransactionTimeoutTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
    registry.add(
        "spring.datasource.hikari.connection-init-sql",
        () -> "set idle_in_transaction_session_timeout = '1s'");
  }

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired ClaimExtractor extractor;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationContext context;

  @Test
  void the_timeout_bites_a_transaction_that_waits() {
    assertThat(jdbc.sql("show idle_in_transaction_session_timeout").query(String.class).single())
        .isEqualTo("1s");
    Throwable ended =
        catchThrowable(
            () ->
                new TransactionTemplate(transactions)
                    .executeWithoutResult(
                        status -> {
                          jdbc.sql("select count(*) from claim").query(Long.class).single();
                          try {
                            Thread.sleep(2500);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          jdbc.sql("select count(*) from claim").query(Long.class).single();
                        }));
    assertThat(ended).as("PostgreSQL ended the idle transaction").isNotNull();
  }

  @Test
  void a_save_whose_extraction_takes_seconds_and_the_verdict_flow_go_through() throws Exception {
    DeskScenario desk = new DeskScenario(context);
    String sample = Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt"));
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      // Each copy's lines differ, so that none of them is taken for repeated page furniture.
      text.append("Part ")
          .append(i)
          .append(".\n\n")
          .append(sample.replace("\n", " (part " + i + ")\n"))
          .append("\n\n");
    }
    String document = text.append(System.nanoTime()).toString();
    long started = System.nanoTime();
    int expected = extractor.extract(document, ExtractionRequest.publishedOn(null)).items().size();
    long extractionMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(extractionMillis)
        .as("the extraction alone takes longer than the timeout")
        .isGreaterThan(1500);

    IngestResult saved =
        SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft("Geneva, 15 times", null, null, null, document)));
    java.util.List<ClaimItemView> items =
        SignedIn.as(
            desk.people.editor(), Role.EDITOR, () -> claims.itemsOfDocument(saved.document().id()));
    assertThat(items).hasSize(expected).isNotEmpty();

    DeskScenario.ClaimAt published = desk.claimIn(ClaimStatus.PUBLISHED);
    assertThat(published.verdictId()).isNotNull();
    assertThat(
            SignedIn.as(
                    desk.people.editor(),
                    Role.EDITOR,
                    () -> claims.find(published.claimId()).orElseThrow())
                .status())
        .isEqualTo(ClaimStatus.PUBLISHED);
  }
}
