package org.claimdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.claimdesk.assignments.AssignmentService;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims feature's one decision about what follows from work elsewhere: each fact published by
 * another feature, and the status (and rating, and assignee) the claim then has.
 */
@IntegrationTest
class ClaimWorkflowListenerTest {

  @Autowired ApplicationContext context;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired ClaimRepository repository;
  @Autowired ClaimService claims;

  private DeskScenario desk;
  private String editor;
  private String reviewer;

  @BeforeEach
  void people() {
    desk = new DeskScenario(context);
    editor = desk.people.editor();
    reviewer = desk.people.reviewer();
  }

  private long claimIn(ClaimStatus status) {
    return desk.claimIn(status).claimId();
  }

  private Claim after(WorkOnClaim fact) {
    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            transaction.execute(
                status -> {
                  events.publishEvent(fact);
                  return null;
                }));
    return repository.findById(fact.claimId()).orElseThrow();
  }

  @Test
  void evidence_from_the_assigned_reviewer_starts_the_review_and_anybody_elses_does_not() {
    long id = claimIn(ClaimStatus.ASSIGNED);
    assertThat(after(new EvidenceAttached(id, 1, editor)).getStatus())
        .isEqualTo(ClaimStatus.ASSIGNED);
    assertThat(after(new EvidenceAttached(id, 2, reviewer.toUpperCase())).getStatus())
        .isEqualTo(ClaimStatus.IN_REVIEW);
  }

  @Test
  void a_proposed_verdict_puts_an_accepted_claim_through_review() {
    long id = claimIn(ClaimStatus.ACCEPTED);
    assertThat(after(new VerdictProposed(id, 1, false)).getStatus())
        .isEqualTo(ClaimStatus.VERDICT_PROPOSED);
    assertThat(after(new VerdictApproved(id, 1)).getStatus()).isEqualTo(ClaimStatus.APPROVED);
  }

  @Test
  void a_new_claim_cannot_follow_a_verdict() {
    long id = claimIn(ClaimStatus.NEW);
    assertThatThrownBy(() -> after(new VerdictProposed(id, 1, false)))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Accept it first");
    assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(ClaimStatus.NEW);
  }

  @Test
  void publication_sets_the_rating_and_ends_the_assignment() {
    long id = claimIn(ClaimStatus.APPROVED);
    Claim published = after(new VerdictPublished(id, 1, "FALSE"));
    assertThat(published.getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
    assertThat(published.getCurrentRating()).isEqualTo("FALSE");
    assertThat(published.getAssignee()).isNull();
    // the assignments feature heard that the claim is closed
    assertThat(
            SignedIn.as(
                editor, Role.EDITOR, () -> context.getBean(AssignmentService.class).activeFor(id)))
        .isEmpty();
  }

  @Test
  void a_returned_correction_keeps_the_rating_and_a_retraction_removes_it() {
    long id = claimIn(ClaimStatus.PUBLISHED);
    assertThat(after(new VerdictProposed(id, 9, true)).getStatus())
        .isEqualTo(ClaimStatus.VERDICT_PROPOSED);
    Claim returned = after(new VerdictReturned(id, 9, "no"));
    assertThat(returned.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    assertThat(returned.getCurrentRating()).isEqualTo("MOSTLY_FALSE");

    long other = claimIn(ClaimStatus.PUBLISHED);
    Claim retracted = after(new VerdictRetracted(other, 1, "forged"));
    assertThat(retracted.getStatus()).isEqualTo(ClaimStatus.REOPENED);
    assertThat(retracted.getCurrentRating()).isNull();
  }

  @Test
  void assigning_a_reviewer_assigns_the_claim_but_not_a_published_one() {
    long id = claimIn(ClaimStatus.ACCEPTED);
    Claim assigned = after(new ClaimAssigned(id, reviewer, LocalDate.now().plusDays(2)));
    assertThat(assigned.getStatus()).isEqualTo(ClaimStatus.ASSIGNED);
    assertThat(assigned.getAssignee()).isEqualTo(reviewer);

    long published = claimIn(ClaimStatus.PUBLISHED);
    assertThatThrownBy(() -> after(new ClaimAssigned(published, reviewer, null)))
        .hasMessageContaining("Reopen it");
  }
}
