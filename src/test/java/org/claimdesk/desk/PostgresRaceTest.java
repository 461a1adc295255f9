package org.claimdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.DeskScenario.ClaimAt;
import org.claimdesk.support.DeskScenario.People;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two people acting on the same claim at the same moment, on a real PostgreSQL server: for each
 * pair of conflicting actions exactly one wins, the other is told of the conflict, and the claim
 * ends in a state the workflow allows, with at most one verdict in force and one on its way.
 */
@IntegrationTest
class PostgresRaceTest {

  private static final int ROUNDS = 3;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired VerdictService verdicts;

  private DeskScenario desk;
  private People people;
  private ExecutorService threads;

  @BeforeEach
  void desk() {
    desk = new DeskScenario(context);
    people = desk.people;
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  /** One person's action: who, with which role, doing what. */
  private record Act(String who, Role role, Supplier<?> work) {}

  /** Runs both acts at once and returns what became of each: null for success, else the error. */
  private List<Throwable> race(Act first, Act second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Throwable>> outcomes = new ArrayList<>();
    for (Act act : List.of(first, second)) {
      outcomes.add(
          threads.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                  SignedIn.as(act.who(), act.role(), act.work());
                  return null;
                } catch (RuntimeException e) {
                  return e;
                }
              }));
    }
    List<Throwable> result = new ArrayList<>();
    for (Future<Throwable> outcome : outcomes) {
      result.add(outcome.get(60, TimeUnit.SECONDS));
    }
    return result;
  }

  private static void exactlyOneWinsAndTheOtherIsToldOfTheConflict(List<Throwable> outcomes) {
    List<Throwable> failures = outcomes.stream().filter(t -> t != null).toList();
    assertThat(failures).as("exactly one of the two fails").hasSize(1);
    Throwable loser = failures.getFirst();
    assertThat(ErrorMessages.isConflict(loser))
        .as("the loser gets the conflict message, not: %s", loser)
        .isTrue();
    assertThat(ErrorMessages.describe(loser)).contains("Reload");
  }

  private void atMostOneVerdictInForceAndOneOnItsWay(long claimId) {
    assertThat(desk.verdicts(claimId, VerdictState.PUBLISHED)).hasSizeLessThanOrEqualTo(1);
    assertThat(
            desk.verdicts(claimId, VerdictState.PROPOSED).size()
                + desk.verdicts(claimId, VerdictState.APPROVED).size())
        .isLessThanOrEqualTo(1);
  }

  @Test
  void accept_against_dismiss() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ClaimAt c = desk.claimIn(ClaimStatus.NEW);
      long seen = desk.version(c.claimId());
      List<Throwable> outcomes =
          race(
              new Act(
                  people.editor(),
                  Role.EDITOR,
                  () -> claims.changeStatus(c.claimId(), seen, ClaimStatus.ACCEPTED, null)),
              new Act(
                  people.secondEditor(),
                  Role.EDITOR,
                  () -> claims.changeStatus(c.claimId(), seen, ClaimStatus.DISMISSED, "opinion")));
      exactlyOneWinsAndTheOtherIsToldOfTheConflict(outcomes);
      ClaimSummary after = desk.claim(c.claimId());
      assertThat(after.status())
          .isEqualTo(outcomes.get(0) == null ? ClaimStatus.ACCEPTED : ClaimStatus.DISMISSED);
      assertThat(after.version()).isEqualTo(seen + 1);
    }
  }

  @Test
  void approve_against_return() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ClaimAt c = desk.claimIn(ClaimStatus.VERDICT_PROPOSED);
      VerdictSummary seen = desk.verdict(c.claimId(), c.verdictId());
      List<Throwable> outcomes =
          race(
              new Act(
                  people.editor(), Role.EDITOR, () -> verdicts.approve(seen.id(), seen.version())),
              new Act(
                  people.secondEditor(),
                  Role.EDITOR,
                  () -> verdicts.returnToAuthor(seen.id(), seen.version(), "Sources?")));
      exactlyOneWinsAndTheOtherIsToldOfTheConflict(outcomes);
      boolean approved = outcomes.get(0) == null;
      assertThat(desk.verdict(c.claimId(), seen.id()).state())
          .isEqualTo(approved ? VerdictState.APPROVED : VerdictState.DRAFT);
      assertThat(desk.claim(c.claimId()).status())
          .isEqualTo(approved ? ClaimStatus.APPROVED : ClaimStatus.IN_REVIEW);
    }
  }

  @Test
  void publish_against_propose() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ClaimAt c = desk.claimIn(ClaimStatus.APPROVED);
      VerdictSummary seen = desk.verdict(c.claimId(), c.verdictId());
      long claimSeen = desk.version(c.claimId());
      List<Throwable> outcomes =
          race(
              new Act(
                  people.secondEditor(),
                  Role.EDITOR,
                  () -> verdicts.publish(seen.id(), seen.version())),
              new Act(
                  people.thirdEditor(),
                  Role.EDITOR,
                  () -> verdicts.propose(c.claimId(), claimSeen, Rating.TRUE, "All true", null)));
      exactlyOneWinsAndTheOtherIsToldOfTheConflict(outcomes);
      atMostOneVerdictInForceAndOneOnItsWay(c.claimId());
      assertThat(desk.claim(c.claimId()).status())
          .isIn(EnumSet.of(ClaimStatus.PUBLISHED, ClaimStatus.VERDICT_PROPOSED));
    }
  }

  @Test
  void correct_against_correct() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ClaimAt c = desk.claimIn(ClaimStatus.PUBLISHED);
      VerdictSummary live = desk.verdicts(c.claimId(), VerdictState.PUBLISHED).getFirst();
      List<Throwable> outcomes =
          race(
              new Act(
                  people.editor(),
                  Role.EDITOR,
                  () ->
                      verdicts.correct(
                          live.id(), live.version(), Rating.FALSE, "False", null, "Revised data")),
              new Act(
                  people.thirdEditor(),
                  Role.EDITOR,
                  () ->
                      verdicts.correct(
                          live.id(), live.version(), Rating.TRUE, "True", null, "Misread data")));
      exactlyOneWinsAndTheOtherIsToldOfTheConflict(outcomes);
      atMostOneVerdictInForceAndOneOnItsWay(c.claimId());
      assertThat(desk.verdicts(c.claimId(), VerdictState.PROPOSED)).hasSize(1);
      assertThat(desk.verdict(c.claimId(), live.id()).state()).isEqualTo(VerdictState.PUBLISHED);
      assertThat(desk.claim(c.claimId()).status()).isEqualTo(ClaimStatus.VERDICT_PROPOSED);
      assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("MOSTLY_FALSE");
    }
  }
}
