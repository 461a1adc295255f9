package org.claimdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Ingest reads the text before it opens a transaction, within a time limit; two editors saving the
 * same text at once get one document; a document of thousands of items is stored whole.
 */
@IntegrationTest
class IngestWorkTest {

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired DocumentRepository documentRows;
  @Autowired DocumentTextRepository texts;
  @Autowired ClaimExtractor extractor;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired jakarta.persistence.EntityManager entityManager;
  @Autowired ApplicationContext context;

  /** Real accounts, created through the user service for each test. */
  DeskScenario.People people;

  @BeforeEach
  void createPeople() {
    people = new DeskScenario(context).people;
  }

  private static String sampleTimes(int copies) throws Exception {
    String sample = Files.readString(IngestTest.SAMPLE);
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= copies; i++) {
      text.append("Part ").append(i).append(".\n\n").append(sample).append("\n\n");
    }
    return text.append(System.nanoTime()).toString();
  }

  @Test
  void two_editors_saving_the_same_text_at_once_get_one_document_and_a_pointer_to_it()
      throws Exception {
    String text = sampleTimes(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<IngestResult>> editors = new ArrayList<>();
    for (String editor : List.of(people.editor(), people.secondEditor())) {
      editors.add(
          () -> {
            start.await();
            return SignedIn.as(
                editor,
                Role.EDITOR,
                () ->
                    documents.ingest(
                        new DocumentDraft("Copy of " + editor, null, null, null, text)));
          });
    }
    List<Object> outcomes = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      List<Future<IngestResult>> running = editors.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<IngestResult> result : running) {
        try {
          outcomes.add(result.get());
        } catch (ExecutionException refused) {
          outcomes.add(refused.getCause());
        }
      }
    }
    List<IngestResult> saved =
        outcomes.stream()
            .filter(IngestResult.class::isInstance)
            .map(IngestResult.class::cast)
            .toList();
    List<Throwable> refused =
        outcomes.stream().filter(Throwable.class::isInstance).map(Throwable.class::cast).toList();
    assertThat(saved).hasSize(1);
    assertThat(refused)
        .singleElement()
        .isInstanceOf(ConflictException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains("already in ClaimDesk as '" + saved.get(0).document().title() + "'")
        .contains("document " + saved.get(0).document().id());
    assertThat(documentRows.findById(saved.get(0).document().id())).isPresent();
  }

  @Test
  void a_text_that_takes_too_long_to_read_is_stopped_with_a_message_and_nothing_is_saved()
      throws Exception {
    var pool = Executors.newSingleThreadExecutor();
    var impatient =
        new DocumentService(
            documentRows,
            texts,
            new ExtractionRunner(extractor, pool, Duration.ofMillis(50)),
            events,
            entityManager,
            transactions);
    String text = sampleTimes(40);
    long before = documentRows.count();
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    people.editor(),
                    Role.EDITOR,
                    () -> impatient.ingest(new DocumentDraft("Slow", null, null, null, text))))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("took longer than 50 ms")
        .hasMessageContaining("nothing was saved");
    assertThat(documentRows.count()).isEqualTo(before);
    pool.shutdownNow();
  }

  @Test
  void a_document_of_thousands_of_items_is_stored_in_batches_every_item_in_its_place()
      throws Exception {
    String text = sampleTimes(120);
    IngestResult result =
        SignedIn.as(
            people.editor(),
            Role.EDITOR,
            () -> documents.ingest(new DocumentDraft("Long", null, null, null, text)));
    assertThat(result.items()).isGreaterThan(3 * 200);
    List<ClaimItemView> items =
        SignedIn.as(
            people.editor(), Role.EDITOR, () -> claims.itemsOfDocument(result.document().id()));
    assertThat(items).hasSize(result.items());
    assertThat(items).allSatisfy(i -> assertThat(text.substring(i.start(), i.end())).isNotBlank());
    assertThat(
            SignedIn.as(
                people.editor(), Role.EDITOR, () -> documents.originalText(result.document().id())))
        .contains(text);
  }
}
