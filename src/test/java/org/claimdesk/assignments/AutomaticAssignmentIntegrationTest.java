package org.claimdesk.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.matching.BackgroundEmbedding;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Automatic assignment through the service on a real database: each rule on real people, claims,
 * documents, verdicts and conflicts. The class has a database of its own, and every person it
 * creates is deactivated after each test, so that each test sees only its own reviewers.
 */
@IntegrationTest
@TestPropertySource(properties = "claimdesk.test.database=automatic-assignment")
class AutomaticAssignmentIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired AssignmentService assignments;
  @Autowired UserService users;
  @Autowired ClaimService claims;
  @Autowired DocumentService documents;

  private static final AtomicLong N = new AtomicLong(System.nanoTime() % 1_000_000L);
  private static final String EDITOR = "admin";
  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void everyone_created_leaves() {
    SignedIn.as(
        EDITOR,
        Role.ADMIN,
        () -> {
          for (UserSummary u : users.listActiveUsers()) {
            if (!u.username().equals("admin")) {
              users.setActive(u.id(), false);
            }
          }
        });
  }

  String reviewer(String name, String languages, String beats, int capacity) {
    String username = name + N.incrementAndGet();
    SignedIn.as(
        EDITOR,
        Role.ADMIN,
        () -> {
          UserSummary u =
              users.createUser(
                  new NewUser(
                      username,
                      name,
                      "a long enough secret 42",
                      EnumSet.of(Role.REVIEWER),
                      List.of(languages),
                      List.of(beats)));
          created.add(u.id());
          return users.setCapacity(u.id(), capacity);
        });
    return username;
  }

  long accepted(String statement, String speaker) {
    return SignedIn.as(
        EDITOR,
        Role.ADMIN,
        () -> {
          ClaimSummary c =
              claims.create(statement + " #" + N.incrementAndGet(), speaker, SpeakerKind.PERSON);
          return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null).id();
        });
  }

  /** A claim found in an English document, accepted. */
  private long acceptedFromDocument() {
    return SignedIn.as(
        EDITOR,
        Role.ADMIN,
        () -> {
          var ingested =
              documents.ingest(
                  new DocumentDraft(
                      "Budget " + N.incrementAndGet(),
                      "Daily Planet",
                      null,
                      null,
                      "The finance minister said on Monday that the deficit fell to 3.1% of GDP in"
                          + " 2024, down from 4.2% a year earlier. Reference "
                          + N.incrementAndGet()
                          + "."));
          var item = claims.itemsOfDocument(ingested.document().id()).getFirst();
          return claims
              .changeStatus(item.claimId(), item.claimVersion(), ClaimStatus.ACCEPTED, null)
              .id();
        });
  }

  List<AssignmentOutcome> auto(Long... ids) {
    return SignedIn.as(EDITOR, Role.EDITOR, () -> assignments.assignAutomatically(List.of(ids)));
  }

  private void giveWork(String reviewer, int claimsCount) {
    for (int i = 0; i < claimsCount; i++) {
      long id = accepted("Busy work", "Somebody");
      SignedIn.as(EDITOR, Role.EDITOR, () -> assignments.assignAll(List.of(id), reviewer, null));
    }
  }

  @Autowired EntityManagerFactory entityManagerFactory;

  /**
   * Automatic assignment of many claims (the desk's backlog, 10,000 in the benchmark) must not cost
   * a database call per claim: the claims, people and loads are read up front, the new rows are
   * written in batches and their ids drawn fifty at a time.
   */
  @Test
  void assigning_five_times_as_many_claims_takes_no_more_database_statements() {
    reviewer("amy", "en", "", 200);
    reviewer("zed", "en", "", 200);
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    long[] statements = new long[2];
    int[] sizes = {10, 50};
    for (int run = 0; run < sizes.length; run++) {
      Long[] ids = new Long[sizes[run]];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = accepted("Rents rose", "A Minister");
      }
      BackgroundEmbedding.awaitIdle(context);
      statistics.clear();
      statistics.setStatisticsEnabled(true);
      try {
        assertThat(auto(ids)).allSatisfy(o -> assertThat(o.reviewer()).isNotNull());
        statements[run] = statistics.getPrepareStatementCount();
      } finally {
        statistics.setStatisticsEnabled(false);
      }
    }
    // One statement per claim would add 40. What may be added: a new block of fifty ids for each
    // table the run writes to (assignments, notifications, audit events, revisions) and a batch now
    // and then. The session factory's statistics count other threads too: the claims' embeddings
    // are stored before counting starts.
    assertThat(statements[1])
        .as("statements for 50 claims, against %d for 10", statements[0])
        .isLessThan(statements[0] + 25);
  }

  @Test
  void a_claim_from_an_english_document_goes_to_the_reviewer_who_speaks_english() {
    String french = reviewer("amelie", "fr", "", 10);
    String english = reviewer("zoe", "en, de", "", 10);
    long claim = acceptedFromDocument();
    AssignmentOutcome outcome = auto(claim).getFirst();
    assertThat(outcome.reviewer()).isEqualTo(english).isNotEqualTo(french);
    assertThat(outcome.dueDate()).isEqualTo(LocalDate.now().plusDays(2));
    assertThat(new DeskScenarioReader().claim(claim).status()).isEqualTo(ClaimStatus.ASSIGNED);
    assertThat(new DeskScenarioReader().claim(claim).assignee()).isEqualTo(english);
  }

  @Test
  void nobody_eligible_leaves_the_claim_accepted_and_says_why() {
    reviewer("amelie", "fr", "", 10);
    long claim = acceptedFromDocument();
    AssignmentOutcome outcome = auto(claim).getFirst();
    assertThat(outcome.reviewer()).isNull();
    assertThat(outcome.reason()).contains("Nobody is eligible").contains("1 not speaking 'en'");
    assertThat(new DeskScenarioReader().claim(claim).status()).isEqualTo(ClaimStatus.ACCEPTED);
  }

  @Test
  void a_full_reviewer_is_skipped_and_the_lightest_relative_to_capacity_is_chosen() {
    String small = reviewer("bea", "en", "", 1);
    String big = reviewer("carl", "en", "", 10);
    String busy = reviewer("dora", "en", "", 4);
    giveWork(small, 1);
    giveWork(big, 3);
    giveWork(busy, 1);
    // bea is full (1/1); carl 3/10 = 0.3 is heavier than dora 1/4 = 0.25.
    assertThat(auto(accepted("Unemployment fell", "A Minister")).getFirst().reviewer())
        .isEqualTo(busy);
    // dora 2/4 = 0.5 now; carl 0.3 is the lightest.
    assertThat(auto(accepted("Unemployment rose", "A Minister")).getFirst().reviewer())
        .isEqualTo(big);
    assertThat(
            SignedIn.as(EDITOR, Role.EDITOR, () -> assignments.workload()).stream()
                .filter(w -> w.username().equals(small))
                .findFirst()
                .orElseThrow())
        .extracting(ReviewerWorkload::open, ReviewerWorkload::capacity)
        .containsExactly(1L, 1);
  }

  @Test
  void an_away_reviewer_is_skipped_and_is_chosen_again_once_back() {
    String away = reviewer("amy", "en", "", 10);
    String other = reviewer("zed", "en", "", 10);
    giveWork(other, 2);
    SignedIn.as(away, Role.REVIEWER, () -> users.setMyAvailability(LocalDate.now()));
    assertThat(auto(accepted("Taxes rose", "A Minister")).getFirst().reviewer()).isEqualTo(other);
    SignedIn.as(away, Role.REVIEWER, () -> users.setMyAvailability(null));
    assertThat(auto(accepted("Taxes fell", "A Minister")).getFirst().reviewer()).isEqualTo(away);
  }

  @Test
  void a_reviewer_with_a_conflict_of_interest_with_the_speaker_or_outlet_is_skipped() {
    String conflicted = reviewer("amy", "en", "", 10);
    String other = reviewer("zed", "en", "", 10);
    giveWork(other, 3);
    SignedIn.as(
        EDITOR, Role.EDITOR, () -> assignments.declareConflict(conflicted, "  jane   DOE "));
    assertThat(auto(accepted("Crime fell", "Jane Doe")).getFirst().reviewer()).isEqualTo(other);
    assertThat(auto(accepted("Crime rose", "John Roe")).getFirst().reviewer())
        .isEqualTo(conflicted);
    assertThat(SignedIn.as(EDITOR, Role.EDITOR, () -> assignments.conflictsOf(conflicted)))
        .containsExactly("jane   DOE");
  }

  @Test
  void the_author_of_an_earlier_verdict_is_not_given_the_reopened_claim() {
    DeskScenario desk = new DeskScenario(context);
    long reopened = desk.claimIn(ClaimStatus.REOPENED).claimId();
    // Both scenario reviewers speak no language; the claim has no document, so language is open.
    // The other reviewer is busier, so only the exclusion keeps the verdict's author away.
    giveWork(desk.people.otherReviewer(), 2);
    AssignmentOutcome outcome = auto(reopened).getFirst();
    assertThat(outcome.reviewer()).isEqualTo(desk.people.otherReviewer());
  }

  @Test
  void a_claim_on_a_beat_goes_to_the_person_on_that_beat_even_when_busier() {
    String health = reviewer("hana", "en", "health, Elections", 10);
    String idle = reviewer("ivo", "en", "sport", 10);
    giveWork(health, 4);
    assertThat(auto(accepted("Health spending doubled", "A Minister")).getFirst().reviewer())
        .isEqualTo(health);
    assertThat(auto(accepted("Bridges collapsed", "A Minister")).getFirst().reviewer())
        .isEqualTo(idle);
  }

  @Test
  void claims_that_cannot_be_assigned_keep_their_state_with_a_reason() {
    reviewer("amy", "en", "", 10);
    long fresh =
        SignedIn.as(EDITOR, Role.EDITOR, () -> claims.create("Fresh claim " + N.get(), null, null))
            .id();
    List<AssignmentOutcome> outcomes = auto(fresh, 999_999_999L);
    assertThat(outcomes)
        .extracting(AssignmentOutcome::reason)
        .containsExactly(
            "Claim #" + fresh + " is new: only accepted or reopened claims are assigned.",
            "There is no claim #999999999.");
  }

  /** Reads claims as an auditor. */
  private final class DeskScenarioReader {
    ClaimSummary claim(long id) {
      return SignedIn.as(EDITOR, Role.AUDITOR, () -> claims.find(id).orElseThrow());
    }
  }
}
