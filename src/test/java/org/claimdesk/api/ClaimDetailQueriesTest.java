package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Set;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.matching.BackgroundEmbedding;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * {@code GET /api/v1/claims/{id}} reads the claim page in one transaction with a fixed, small
 * number of queries, however much evidence, history and how many follow-ups the claim has; {@code
 * GET /api/v1/claims} reads a page of the queue with as many queries for 50 claims as for 5.
 */
@IntegrationTest
class ClaimDetailQueriesTest {

  @Autowired ApplicationContext context;
  @Autowired ClaimDetailService details;
  @Autowired ClaimService claims;
  @Autowired EvidenceService evidence;
  @Autowired FollowUpService followUps;
  @Autowired EntityManagerFactory entityManagerFactory;

  private DeskScenario desk;
  private Statistics statistics;

  @BeforeEach
  void start() {
    desk = new DeskScenario(context);
    statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
  }

  @AfterEach
  void stop() {
    statistics.setStatisticsEnabled(false);
  }

  private long queriesOf(Runnable work) {
    BackgroundEmbedding.awaitIdle(context);
    statistics.clear();
    work.run();
    return statistics.getPrepareStatementCount();
  }

  /** A claim in review with {@code extra} more sources attached and follow-ups scheduled. */
  private long claimWith(int extra) {
    DeskScenario.ClaimAt claim = desk.claimIn(ClaimStatus.IN_REVIEW);
    String reviewer = desk.people.reviewer();
    for (int i = 0; i < extra; i++) {
      int n = i;
      SignedIn.as(
          reviewer,
          Role.REVIEWER,
          () -> {
            var source =
                evidence.createSource(
                    new SourceDraft(
                        SourceKind.DATASET,
                        "Budget table " + n + " " + System.nanoTime(),
                        "Finance ministry",
                        null,
                        null,
                        null,
                        null));
            evidence.attach(claim.claimId(), source.id(), Stance.REFUTES, "table " + n, null);
            followUps.schedule(
                claim.claimId(), "the revised figure " + n, LocalDate.now().plusDays(5 + n), null);
            return null;
          });
    }
    return claim.claimId();
  }

  @Test
  void the_claim_page_costs_the_same_few_queries_however_much_the_claim_holds() {
    long small = claimWith(0);
    long large = claimWith(8);
    String reader = desk.people.auditor();
    // The accounts' display names are read once and then kept: the first page pays for them.
    SignedIn.as(reader, Role.AUDITOR, () -> details.detail(small));

    long smallQueries =
        queriesOf(() -> SignedIn.as(reader, Role.AUDITOR, () -> details.detail(small)));
    long largeQueries =
        queriesOf(() -> SignedIn.as(reader, Role.AUDITOR, () -> details.detail(large)));
    var detail = SignedIn.as(reader, Role.AUDITOR, () -> details.detail(large)).orElseThrow();
    assertThat(detail.evidence()).hasSize(9);
    assertThat(detail.followUps()).hasSize(8);
    assertThat(detail.history().toString()).contains("attached the source 'Budget table 7");
    assertThat(detail.assignment()).isNotNull();

    assertThat(largeQueries)
        .as("queries for a claim with 9 sources and 8 follow-ups")
        .isEqualTo(smallQueries);
    assertThat(largeQueries).as("queries for one claim page").isLessThanOrEqualTo(8);
  }

  @Test
  void the_claim_page_is_read_in_one_transaction() {
    long claim = claimWith(1);
    statistics.clear();
    SignedIn.as(desk.people.editor(), Role.EDITOR, () -> details.detail(claim));
    assertThat(statistics.getTransactionCount()).isEqualTo(1);
  }

  @Test
  void a_queue_page_of_50_costs_as_many_queries_as_a_page_of_5() {
    for (int i = 0; i < 5; i++) {
      claimWith(1);
    }
    ClaimFilter all = new ClaimFilter(Set.of(), null, null, null, null, null, null, null, null);
    String reader = desk.people.editor();
    var sort = Sort.by(Sort.Order.desc("checkworthiness"), Sort.Order.asc("id"));
    long five =
        queriesOf(
            () ->
                SignedIn.as(
                    reader, Role.EDITOR, () -> claims.queue(all, PageRequest.of(0, 5, sort))));
    long fifty =
        queriesOf(
            () ->
                SignedIn.as(
                    reader, Role.EDITOR, () -> claims.queue(all, PageRequest.of(0, 50, sort))));
    assertThat(
            SignedIn.as(reader, Role.EDITOR, () -> claims.queue(all, PageRequest.of(0, 50, sort)))
                .getContent())
        .hasSizeGreaterThan(5);
    assertThat(fifty).as("queries for a page of 50").isEqualTo(five).isLessThanOrEqualTo(3);
  }
}
