package org.claimdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index follows the claims as the desk changes them (create, edit, merge, dismiss,
 * delete), so that what the matcher and the search page find is what the database holds. Run on H2
 * and on PostgreSQL, each indexing at commit or through the outbox (several nodes), and on
 * Elasticsearch when a cluster is given. Through the outbox the index follows a moment later, so
 * every check waits a little for it.
 */
abstract class ClaimIndexContract {

  private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000L);

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired ClaimCandidates candidates;
  @Autowired EntityManager entityManager;
  @Autowired TransactionTemplate transactions;

  String editor;

  /** A word no other test's claims contain, so that each test sees its own claims only. */
  String word;

  @BeforeEach
  void desk() {
    editor = new DeskScenario(context).people.editor();
    word = "zanzibarite" + RUN.incrementAndGet();
  }

  private ClaimSummary create(String statement, String speaker) {
    return SignedIn.as(
        editor, Role.EDITOR, () -> claims.create(statement, speaker, SpeakerKind.PERSON));
  }

  /** Retries {@code check} until it holds or 30 seconds have passed. */
  static void eventually(Runnable check) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private List<Long> found(String text) {
    return candidates.candidates(text, 10).stream().map(ClaimCandidate::claimId).toList();
  }

  @Test
  void a_new_claim_is_found_by_its_words_with_english_stemming_best_match_first() {
    ClaimSummary exports =
        create("Exports of " + word + " rose sharply in the first quarter", "The trade minister");
    ClaimSummary prices = create("Prices of " + word + " are rising every month", "An economist");

    eventually(() -> assertThat(found(word)).hasSize(2));
    // Other tests' claims share the everyday words; this test's two are the only ones with word.
    List<ClaimCandidate> hits =
        candidates.candidates(word + " prices rise monthly", 50).stream()
            .filter(c -> c.claimId() == prices.id() || c.claimId() == exports.id())
            .toList();

    assertThat(hits).extracting(ClaimCandidate::claimId).containsExactly(prices.id(), exports.id());
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(0).statement()).isEqualTo("Prices of " + word + " are rising every month");
    assertThat(hits.get(0).speaker()).isEqualTo("An economist");
    assertThat(hits.get(0).status()).isEqualTo(ClaimStatus.NEW);
    // As stored: the database keeps microseconds (the outbox indexes the row as read back).
    assertThat(hits.get(0).createdAt())
        .isCloseTo(
            prices.createdAt(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
  }

  @Test
  void a_long_item_full_of_names_no_claim_has_still_finds_the_claim_of_its_rare_words() {
    ClaimSummary exports =
        create("Exports of " + word + " rose sharply in the first quarter", "The trade minister");
    eventually(() -> assertThat(found(word)).containsExactly(exports.id()));
    StringBuilder unknown = new StringBuilder();
    for (char c = 'a'; c <= 'l'; c++) {
      unknown.append(" qorvex").append(c).append(RUN.get());
    }
    String item =
        "The ministry said on Tuesday that exports of "
            + word
            + " rose sharply in the first quarter of the year, according to"
            + unknown
            + " and other traders";

    assertThat(found(item)).as("the item's best candidates").first().isEqualTo(exports.id());
  }

  @Test
  void the_speaker_counts_too() {
    ClaimSummary byMinister = create("Unemployment of " + word + " halved", "Minister Okonkwo");
    create("Unemployment of " + word + " halved", "A blogger");

    eventually(() -> assertThat(found(word)).hasSize(2));
    assertThat(found(word + " okonkwo")).first().isEqualTo(byMinister.id());
  }

  @Test
  void an_edited_statement_is_found_by_its_new_words_and_no_longer_by_the_old_ones() {
    ClaimSummary claim = create("The " + word + " bridge cost 40 million", "The mayor");
    eventually(() -> assertThat(found(word)).containsExactly(claim.id()));
    String other = word + "x";
    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            claims.editStatement(
                claim.id(),
                claim.version(),
                "The " + other + " tunnel cost 90 million",
                "Mayor",
                null));

    eventually(
        () ->
            assertThat(candidates.candidates(other + " tunnel", 10))
                .singleElement()
                .satisfies(
                    c -> {
                      assertThat(c.claimId()).isEqualTo(claim.id());
                      assertThat(c.statement())
                          .isEqualTo("The " + other + " tunnel cost 90 million");
                      assertThat(c.speaker()).isEqualTo("Mayor");
                    }));
    assertThat(found(word)).doesNotContain(claim.id());
  }

  @Test
  void a_dismissed_or_merged_claim_shows_its_new_status() {
    ClaimSummary kept = create("Crime of " + word + " fell by a third", "The police");
    ClaimSummary merged = create("Crime of " + word + " dropped by one third", "The police chief");
    ClaimSummary dismissed = create("Opinion of " + word + " is nice", "A columnist");
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> {
          claims.changeStatus(
              dismissed.id(), dismissed.version(), ClaimStatus.DISMISSED, "opinion");
          claims.merge(kept.id(), kept.version(), merged.id(), merged.version());
        });

    eventually(
        () ->
            assertThat(candidates.candidates(word, 10))
                .extracting(ClaimCandidate::claimId, ClaimCandidate::status)
                .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(kept.id(), ClaimStatus.NEW),
                    org.assertj.core.groups.Tuple.tuple(merged.id(), ClaimStatus.DISMISSED),
                    org.assertj.core.groups.Tuple.tuple(dismissed.id(), ClaimStatus.DISMISSED)));
  }

  @Test
  void a_deleted_claim_leaves_the_index() {
    ClaimSummary claim = create("Rainfall of " + word + " doubled", "The weather service");
    eventually(() -> assertThat(found(word)).containsExactly(claim.id()));

    transactions.executeWithoutResult(
        tx -> entityManager.remove(entityManager.find(Claim.class, claim.id())));

    eventually(() -> assertThat(found(word)).isEmpty());
  }

  @Test
  void a_text_without_searchable_words_has_no_candidates() {
    ClaimSummary claim = create("The " + word + " is", "Nobody");
    eventually(() -> assertThat(found(word)).containsExactly(claim.id()));
    assertThat(candidates.candidates("   ", 10)).isEmpty();
    assertThat(candidates.candidates("the of and", 10)).isEmpty();
  }
}
