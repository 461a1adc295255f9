package org.claimdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.IngestResult;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The matcher looks each ingested item up once, in the search index; claims made outside ingest (by
 * hand, by a fact-check import, rewritten, split off, or brought in by a desk import) get their
 * embedding after the editor's transaction, on the embedder's thread, and can then be matched.
 */
@IntegrationTest
class ClaimMatcherTest {
  private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000L);

  @Autowired ApplicationContext context;
  @Autowired ClaimMatcher matcher;
  @Autowired ClaimEmbedder embedder;
  @Autowired ClaimEmbeddingRepository embeddings;
  @Autowired ClaimService claims;
  @Autowired MatchingService matching;
  @Autowired DocumentService documents;
  @Autowired TransactionTemplate transactions;

  String editor;

  /** A word no other test's claims contain. */
  String word;

  @BeforeEach
  void desk() {
    editor = new DeskScenario(context).people.editor();
    word = "quokkaland" + RUN.incrementAndGet();
  }

  private ClaimSummary create(String statement) {
    return SignedIn.as(
        editor, Role.EDITOR, () -> claims.create(statement, "Minister Okafor", SpeakerKind.PERSON));
  }

  private List<Long> matches(String text) {
    return SignedIn.as(editor, Role.EDITOR, () -> matching.match(text)).stream()
        .map(ClaimMatch::claimId)
        .toList();
  }

  @Test
  void each_item_of_an_ingested_document_is_looked_up_once() throws Exception {
    String text =
        Files.readString(MatchingIngestTest.SAMPLE)
            + "\nReference "
            + word
            + " for this copy of the report.\n";
    long before = matcher.lookups();
    IngestResult ingested =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Geneva " + word, "Wire", null, LocalDate.of(2025, 11, 24), text)));
    long after = matcher.lookups();
    List<ClaimItemView> items =
        SignedIn.as(editor, Role.EDITOR, () -> claims.itemsOfDocument(ingested.document().id()));

    assertThat(items).hasSizeGreaterThan(10);
    assertThat(after - before)
        .as("index lookups for %d items", items.size())
        .isEqualTo(items.size());
  }

  @Test
  void a_claim_made_by_hand_is_embedded_after_the_editors_transaction_and_then_matched()
      throws Exception {
    String statement =
        "The " + word + " council spent 12 million euros on the new tram line last year";
    ClaimSummary made =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                transactions.execute(
                    status -> {
                      ClaimSummary c =
                          claims.create(statement, "Minister Okafor", SpeakerKind.PERSON);
                      assertThat(embeddings.existsById(c.id()))
                          .as("not embedded inside the editor's transaction")
                          .isFalse();
                      return c;
                    }));
    embedder.awaitIdle();

    assertThat(embeddings.findById(made.id()))
        .get()
        .extracting(ClaimEmbedding::statement)
        .isEqualTo(statement);
    assertThat(matches("Last year the " + word + " council spent 12 million euros on a tram line"))
        .first()
        .isEqualTo(made.id());
  }

  @Test
  void a_rewritten_statement_is_embedded_again_and_matched_by_its_new_wording() throws Exception {
    ClaimSummary made = create("The " + word + " bridge cost 40 million euros to build");
    embedder.awaitIdle();
    String rewritten = "Unemployment in " + word + " fell by half since the election";
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> claims.editStatement(made.id(), made.version(), rewritten, "Minister Okafor", null));
    embedder.awaitIdle();

    assertThat(embeddings.findById(made.id()).orElseThrow().statement()).isEqualTo(rewritten);
    assertThat(matches("Since the election unemployment in " + word + " has halved"))
        .first()
        .isEqualTo(made.id());
  }

  @Test
  void the_claim_split_off_an_item_is_embedded() throws Exception {
    String text =
        "Minister Okafor said the "
            + word
            + " hospital has 300 beds and that waiting times fell by a third in 2024.";
    IngestResult ingested =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Hospital " + word, "Wire", null, LocalDate.of(2025, 11, 24), text)));
    ClaimItemView item =
        SignedIn.as(editor, Role.EDITOR, () -> claims.itemsOfDocument(ingested.document().id()))
            .getFirst();
    long version =
        SignedIn.as(editor, Role.EDITOR, () -> claims.find(item.claimId())).orElseThrow().version();
    String second = "Waiting times at the " + word + " hospital fell by a third in 2024";
    ClaimItemView split =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.split(item.id(), version, "The " + word + " hospital has 300 beds", second));
    embedder.awaitIdle();

    assertThat(embeddings.findById(split.claimId()).orElseThrow().statement()).isEqualTo(second);
    assertThat(matches("In 2024 waiting times at the " + word + " hospital dropped by a third"))
        .first()
        .isEqualTo(split.claimId());
  }

  @Test
  void claims_brought_in_without_an_embedding_are_caught_up() throws Exception {
    ClaimSummary made = create("The " + word + " airport handled 9 million passengers in 2023");
    embedder.awaitIdle();
    // As after a desk import, which writes the claim rows straight into the tables.
    transactions.executeWithoutResult(status -> embeddings.deleteById(made.id()));
    assertThat(matches("In 2023 the " + word + " airport handled 9 million passengers"))
        .doesNotContain(made.id());

    assertThat(embedder.catchUp()).isGreaterThanOrEqualTo(1);

    assertThat(embeddings.existsById(made.id())).isTrue();
    assertThat(matches("In 2023 the " + word + " airport handled 9 million passengers"))
        .first()
        .isEqualTo(made.id());
  }
}
