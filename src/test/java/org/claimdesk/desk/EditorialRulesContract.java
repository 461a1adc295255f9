package org.claimdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.SourceSummary;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.DeskScenario.ClaimAt;
import org.claimdesk.support.DeskScenario.People;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The desk's editorial rules (issue 7), tried directly against the services by real accounts on
 * real claims, as somebody trying to walk around them would. Run on H2 and on PostgreSQL.
 */
abstract class EditorialRulesContract {

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;
  @Autowired AssignmentService assignments;
  @Autowired FollowUpService followUps;
  @Autowired AuditService audit;
  @Autowired DocumentService documents;
  @Autowired UserService users;
  @Autowired JdbcTemplate jdbc;

  DeskScenario desk;
  People people;

  @BeforeEach
  void desk() {
    desk = new DeskScenario(context);
    people = desk.people;
  }

  private <T> T as(String who, Role role, java.util.function.Supplier<T> work) {
    return SignedIn.as(who, role, work);
  }

  private SourceSummary source(String who, Role role) {
    return as(
        who,
        role,
        () ->
            evidence.createSource(
                new SourceDraft(
                    SourceKind.NEWS_REPORT,
                    "Report " + System.nanoTime(),
                    "Gazette",
                    null,
                    null,
                    null,
                    null)));
  }

  private VerdictSummary published(ClaimAt c) {
    return desk.verdicts(c.claimId(), VerdictState.PUBLISHED).getFirst();
  }

  @Test
  void rule1_a_reviewer_cannot_attach_evidence_to_a_claim_assigned_to_somebody_else() {
    ClaimAt c = desk.claimIn(ClaimStatus.ASSIGNED);
    SourceSummary s = source(people.otherReviewer(), Role.REVIEWER);
    assertThatThrownBy(
            () ->
                as(
                    people.otherReviewer(),
                    Role.REVIEWER,
                    () -> evidence.attach(c.claimId(), s.id(), Stance.REFUTES, "no", null)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not assigned to you");
    assertThat(as(people.auditor(), Role.AUDITOR, () -> evidence.forClaim(c.claimId()))).isEmpty();
  }

  @Test
  void rule1_nobody_attaches_evidence_to_a_published_or_dismissed_claim() {
    for (ClaimStatus status : List.of(ClaimStatus.PUBLISHED, ClaimStatus.DISMISSED)) {
      ClaimAt c = desk.claimIn(status);
      SourceSummary s = source(people.editor(), Role.EDITOR);
      int before = as(people.auditor(), Role.AUDITOR, () -> evidence.forClaim(c.claimId())).size();
      assertThatThrownBy(
              () ->
                  as(
                      people.editor(),
                      Role.EDITOR,
                      () -> evidence.attach(c.claimId(), s.id(), Stance.CONTEXT, null, null)))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining(status == ClaimStatus.PUBLISHED ? "reopen it" : "restore it");
      assertThat(as(people.auditor(), Role.AUDITOR, () -> evidence.forClaim(c.claimId())))
          .hasSize(before);
    }
  }

  @Test
  void rule1_an_editors_evidence_leaves_the_reviewers_assigned_claim_where_it_is() {
    ClaimAt c = desk.claimIn(ClaimStatus.ASSIGNED);
    SourceSummary s = source(people.editor(), Role.EDITOR);
    as(
        people.editor(),
        Role.EDITOR,
        () -> evidence.attach(c.claimId(), s.id(), Stance.CONTEXT, "background", null));
    assertThat(desk.claim(c.claimId()).status()).isEqualTo(ClaimStatus.ASSIGNED);

    as(
        people.reviewer(),
        Role.REVIEWER,
        () -> evidence.attach(c.claimId(), s.id(), Stance.SUPPORTS, "the reviewer's own", null));
    assertThat(desk.claim(c.claimId()).status()).isEqualTo(ClaimStatus.IN_REVIEW);
  }

  @Test
  void rule2_the_statement_cannot_be_edited_once_a_verdict_is_proposed() {
    for (ClaimStatus status :
        List.of(ClaimStatus.VERDICT_PROPOSED, ClaimStatus.APPROVED, ClaimStatus.PUBLISHED)) {
      ClaimAt c = desk.claimIn(status);
      ClaimSummary before = desk.claim(c.claimId());
      assertThatThrownBy(
              () ->
                  as(
                      people.editor(),
                      Role.EDITOR,
                      () ->
                          claims.editStatement(
                              c.claimId(), before.version(), "The deficit doubled", null, null)))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining("frozen");
      assertThat(desk.claim(c.claimId()).statement()).isEqualTo(before.statement());
    }
  }

  @Test
  void rule2_an_item_whose_claim_has_a_proposed_verdict_cannot_be_split() {
    ClaimItemView item = ingestedItem();
    ClaimSummary claim = desk.claim(item.claimId());
    ClaimSummary accepted =
        as(
            people.editor(),
            Role.EDITOR,
            () -> claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null));
    as(
        people.editor(),
        Role.EDITOR,
        () -> verdicts.propose(claim.id(), accepted.version(), Rating.TRUE, "Right", null));
    ClaimSummary proposed = desk.claim(claim.id());
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () ->
                        claims.split(
                            item.id(), proposed.version(), "Rents rose 8%", "Wages fell 2%")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("frozen");
    assertThat(desk.claim(claim.id()).statement()).isEqualTo(claim.statement());
  }

  @Test
  void rule2_after_reopening_the_statement_can_change_and_the_history_shows_both_texts() {
    ClaimAt c = desk.claimIn(ClaimStatus.REOPENED);
    ClaimSummary before = desk.claim(c.claimId());
    as(
        people.editor(),
        Role.EDITOR,
        () ->
            claims.editStatement(
                c.claimId(), before.version(), "The deficit fell by 3.1%", "A Minister", null));
    List<HistoryEntry> history =
        as(people.auditor(), Role.AUDITOR, () -> audit.claimHistory(c.claimId()));
    assertThat(history)
        .extracting(HistoryEntry::what)
        .contains(
            "changed the statement from '"
                + before.statement()
                + "' to 'The deficit fell by 3.1%'");
  }

  @Test
  void rule3_an_author_cannot_publish_their_own_verdict() {
    ClaimAt c = desk.claimIn(ClaimStatus.ACCEPTED);
    VerdictSummary mine =
        as(
            people.editor(),
            Role.EDITOR,
            () ->
                verdicts.propose(
                    c.claimId(), desk.version(c.claimId()), Rating.FALSE, "Wrong", null));
    VerdictSummary approved =
        as(people.secondEditor(), Role.EDITOR, () -> verdicts.approve(mine.id(), mine.version()));
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> verdicts.publish(approved.id(), approved.version())))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("another editor has to publish it");
    assertThat(desk.verdict(c.claimId(), mine.id()).state()).isEqualTo(VerdictState.APPROVED);
    assertThat(desk.claim(c.claimId()).currentRating()).isNull();

    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));
    assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("FALSE");
  }

  @Test
  void rule3_a_correction_takes_effect_only_when_a_second_editor_approves_and_it_is_published() {
    ClaimAt c = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary old = published(c);
    VerdictSummary correction =
        as(
            people.editor(),
            Role.EDITOR,
            () ->
                verdicts.correct(
                    old.id(), old.version(), Rating.FALSE, "It rose", null, "New figures"));
    assertThat(desk.verdict(c.claimId(), old.id()).state()).isEqualTo(VerdictState.PUBLISHED);
    assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("MOSTLY_FALSE");

    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> verdicts.approve(correction.id(), correction.version())))
        .hasMessageContaining("another editor has to approve it");
    VerdictSummary approved =
        as(
            people.secondEditor(),
            Role.EDITOR,
            () -> verdicts.approve(correction.id(), correction.version()));
    assertThat(desk.verdict(c.claimId(), old.id()).state()).isEqualTo(VerdictState.PUBLISHED);
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));

    assertThat(desk.verdict(c.claimId(), old.id()).state()).isEqualTo(VerdictState.SUPERSEDED);
    assertThat(desk.verdicts(c.claimId(), VerdictState.PUBLISHED))
        .extracting(VerdictSummary::id)
        .containsExactly(correction.id());
    assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("FALSE");
    assertThat(desk.claim(c.claimId()).status()).isEqualTo(ClaimStatus.PUBLISHED);
  }

  @Test
  void rule3_a_returned_correction_leaves_the_published_verdict_in_force() {
    ClaimAt c = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary old = published(c);
    VerdictSummary correction =
        as(
            people.editor(),
            Role.EDITOR,
            () ->
                verdicts.correct(
                    old.id(), old.version(), Rating.TRUE, "All true", null, "Second look"));
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.returnToAuthor(correction.id(), correction.version(), "Not convinced"));

    assertThat(desk.verdicts(c.claimId(), VerdictState.PUBLISHED))
        .extracting(VerdictSummary::id)
        .containsExactly(old.id());
    assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("MOSTLY_FALSE");
  }

  @Test
  void rule3_a_retraction_takes_effect_only_when_a_second_editor_approves_it() {
    ClaimAt c = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary old = published(c);
    VerdictSummary asked =
        as(
            people.editor(),
            Role.EDITOR,
            () -> verdicts.retract(old.id(), old.version(), "The source was forged"));
    assertThat(asked.state()).isEqualTo(VerdictState.PUBLISHED);
    assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("MOSTLY_FALSE");
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> verdicts.approveRetraction(asked.id(), asked.version())))
        .hasMessageContaining("another editor has to approve it");

    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.approveRetraction(asked.id(), asked.version()));
    assertThat(desk.verdict(c.claimId(), old.id()).state()).isEqualTo(VerdictState.RETRACTED);
    ClaimSummary claim = desk.claim(c.claimId());
    assertThat(claim.currentRating()).isNull();
    assertThat(claim.status()).isEqualTo(ClaimStatus.REOPENED);
  }

  @Test
  void rule4_a_new_verdict_on_a_reopened_claim_replaces_the_published_one_when_published() {
    ClaimAt c = desk.claimIn(ClaimStatus.REOPENED);
    VerdictSummary first = published(c);
    VerdictSummary second =
        as(
            people.editor(),
            Role.EDITOR,
            () ->
                verdicts.propose(
                    c.claimId(), desk.version(c.claimId()), Rating.HALF_TRUE, "Half", null));
    assertThat(second.supersedesId()).isEqualTo(first.id());
    VerdictSummary approved =
        as(
            people.secondEditor(),
            Role.EDITOR,
            () -> verdicts.approve(second.id(), second.version()));
    as(
        people.thirdEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));

    assertThat(desk.verdicts(c.claimId(), VerdictState.PUBLISHED))
        .extracting(VerdictSummary::id)
        .containsExactly(second.id());
    assertThat(desk.verdict(c.claimId(), first.id()).state()).isEqualTo(VerdictState.SUPERSEDED);
    assertThat(desk.claim(c.claimId()).currentRating()).isEqualTo("HALF_TRUE");
  }

  @Test
  void rule4_the_database_itself_refuses_a_second_verdict_in_force() {
    ClaimAt c = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary correction =
        as(
            people.editor(),
            Role.EDITOR,
            () ->
                verdicts.correct(
                    published(c).id(), published(c).version(), Rating.TRUE, "T", null, "n"));
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update verdict set state = 'PUBLISHED', pending_claim_id = null,"
                        + " published_claim_id = claim_id where id = ?",
                    correction.id()))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void rule4_a_second_proposal_while_one_is_waiting_is_refused_as_a_conflict() {
    ClaimAt c = desk.claimIn(ClaimStatus.VERDICT_PROPOSED);
    assertThatThrownBy(
            () ->
                as(
                    people.reviewer(),
                    Role.REVIEWER,
                    () ->
                        verdicts.propose(
                            c.claimId(), desk.version(c.claimId()), Rating.TRUE, "T", null)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void rule6_a_stale_bulk_change_changes_nothing_and_says_who_changed_what() {
    ClaimAt a = desk.claimIn(ClaimStatus.NEW);
    ClaimAt b = desk.claimIn(ClaimStatus.NEW);
    ClaimSummary seenA = desk.claim(a.claimId());
    ClaimSummary seenB = desk.claim(b.claimId());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> claims.changeStatus(b.claimId(), seenB.version(), ClaimStatus.ACCEPTED, null));
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () ->
                        claims.bulkChangeStatus(
                            Map.of(a.claimId(), seenA.version(), b.claimId(), seenB.version()),
                            ClaimStatus.DISMISSED,
                            "opinion")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("#" + b.claimId());
    assertThat(desk.claim(a.claimId()).status()).isEqualTo(ClaimStatus.NEW);
    assertThat(desk.claim(b.claimId()).status()).isEqualTo(ClaimStatus.ACCEPTED);
  }

  @Test
  void rule6_every_verdict_action_from_a_stale_page_is_refused_as_a_conflict() {
    ClaimAt proposed = desk.claimIn(ClaimStatus.VERDICT_PROPOSED);
    VerdictSummary seen = desk.verdict(proposed.claimId(), proposed.verdictId());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.returnToAuthor(seen.id(), seen.version(), "Sources?"));
    assertThatThrownBy(
            () ->
                as(
                    people.thirdEditor(),
                    Role.EDITOR,
                    () -> verdicts.approve(seen.id(), seen.version())))
        .isInstanceOf(ConflictException.class);

    ClaimAt pub = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary live = published(pub);
    as(
        people.editor(),
        Role.EDITOR,
        () -> verdicts.retract(live.id(), live.version(), "forged source"));
    assertThatThrownBy(
            () ->
                as(
                    people.secondEditor(),
                    Role.EDITOR,
                    () ->
                        verdicts.correct(
                            live.id(), live.version(), Rating.TRUE, "T", null, "note")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                as(
                    people.secondEditor(),
                    Role.EDITOR,
                    () -> verdicts.approveRetraction(live.id(), live.version())))
        .isInstanceOf(ConflictException.class);
    assertThat(desk.verdict(pub.claimId(), live.id()).state()).isEqualTo(VerdictState.PUBLISHED);
  }

  @Test
  void rule6_a_proposal_and_an_assignment_from_a_stale_page_are_refused() {
    ClaimAt c = desk.claimIn(ClaimStatus.ACCEPTED);
    long seen = desk.version(c.claimId());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> assignments.assign(c.claimId(), seen, people.reviewer(), null));
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> assignments.assign(c.claimId(), seen, people.otherReviewer(), null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> verdicts.propose(c.claimId(), seen, Rating.TRUE, "T", null)))
        .isInstanceOf(ConflictException.class);
    assertThat(desk.claim(c.claimId()).assignee()).isEqualTo(people.reviewer());
  }

  @Test
  void rule6_merge_refuses_stale_pages_and_claims_past_review() {
    ClaimAt kept = desk.claimIn(ClaimStatus.ACCEPTED);
    ClaimAt merged = desk.claimIn(ClaimStatus.NEW);
    long keptSeen = desk.version(kept.claimId());
    long mergedSeen = desk.version(merged.claimId());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> claims.changeStatus(merged.claimId(), mergedSeen, ClaimStatus.ACCEPTED, null));
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> claims.merge(kept.claimId(), keptSeen, merged.claimId(), mergedSeen)))
        .isInstanceOf(ConflictException.class);

    ClaimAt published = desk.claimIn(ClaimStatus.PUBLISHED);
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () ->
                        claims.merge(
                            published.claimId(),
                            desk.version(published.claimId()),
                            merged.claimId(),
                            desk.version(merged.claimId()))))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("still being reviewed");
    assertThat(desk.claim(merged.claimId()).status()).isEqualTo(ClaimStatus.ACCEPTED);
  }

  @Test
  void rule6_merge_moves_evidence_and_follow_ups_along_with_the_appearances() {
    ClaimAt kept = desk.claimIn(ClaimStatus.ACCEPTED);
    ClaimAt merged = desk.claimIn(ClaimStatus.ASSIGNED);
    SourceSummary s = source(people.reviewer(), Role.REVIEWER);
    as(
        people.editor(),
        Role.EDITOR,
        () -> evidence.attach(merged.claimId(), s.id(), Stance.REFUTES, "the excerpt", null));
    as(
        people.editor(),
        Role.EDITOR,
        () ->
            followUps.schedule(
                merged.claimId(), "The ministry's reply", LocalDate.now().plusDays(5), null));
    as(
        people.editor(),
        Role.EDITOR,
        () ->
            claims.merge(
                kept.claimId(),
                desk.version(kept.claimId()),
                merged.claimId(),
                desk.version(merged.claimId())));

    assertThat(as(people.auditor(), Role.AUDITOR, () -> evidence.forClaim(kept.claimId())))
        .extracting(e -> e.excerpt())
        .containsExactly("the excerpt");
    assertThat(as(people.auditor(), Role.AUDITOR, () -> followUps.forClaim(kept.claimId())))
        .extracting(f -> f.watchFor())
        .containsExactly("The ministry's reply");
    assertThat(as(people.auditor(), Role.AUDITOR, () -> evidence.forClaim(merged.claimId())))
        .isEmpty();
    ClaimSummary gone = desk.claim(merged.claimId());
    assertThat(gone.status()).isEqualTo(ClaimStatus.DISMISSED);
    assertThat(gone.assignee()).isNull();
    assertThat(as(people.auditor(), Role.AUDITOR, () -> assignments.activeFor(merged.claimId())))
        .isEmpty();
  }

  @Test
  void rule6_a_split_from_a_stale_page_is_refused() {
    ClaimItemView item = ingestedItem();
    long seen = item.claimVersion();
    ClaimSummary claim = desk.claim(item.claimId());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> claims.changeStatus(claim.id(), claim.version(), ClaimStatus.ACCEPTED, null));
    assertThatThrownBy(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> claims.split(item.id(), seen, "Rents rose 8%", "Wages fell 2%")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void rule7_a_reviewer_called_null_cannot_work_on_unassigned_claims() {
    as(
        DeskScenario.ADMIN,
        Role.ADMIN,
        () ->
            users.findByUsername("null").isPresent()
                ? null
                : users.createUser(
                    new NewUser(
                        "null",
                        "Nul",
                        "a long enough secret 42",
                        EnumSet.of(Role.REVIEWER),
                        null,
                        null)));
    ClaimAt c = desk.claimIn(ClaimStatus.ACCEPTED);
    assertThat(desk.claim(c.claimId()).assignee()).isNull();
    assertThatThrownBy(
            () ->
                as(
                    "null",
                    Role.REVIEWER,
                    () ->
                        verdicts.propose(
                            c.claimId(), desk.version(c.claimId()), Rating.TRUE, "T", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                as(
                    "null",
                    Role.REVIEWER,
                    () ->
                        followUps.schedule(
                            c.claimId(), "watch", LocalDate.now().plusDays(1), null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void rule7_publishing_ends_the_assignment_and_the_reviewers_rights_with_it() {
    ClaimAt c = desk.claimIn(ClaimStatus.PUBLISHED);
    assertThat(desk.claim(c.claimId()).assignee()).isNull();
    assertThat(as(people.auditor(), Role.AUDITOR, () -> assignments.activeFor(c.claimId())))
        .isEmpty();
    assertThat(as(people.reviewer(), Role.REVIEWER, () -> assignments.mine()))
        .extracting(AssignmentSummary::claimId)
        .doesNotContain(c.claimId());
    assertThatThrownBy(
            () ->
                as(
                    people.reviewer(),
                    Role.REVIEWER,
                    () ->
                        followUps.schedule(
                            c.claimId(), "watch", LocalDate.now().plusDays(1), null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void rule7_dismissing_ends_the_assignment() {
    ClaimAt c = desk.claimIn(ClaimStatus.ASSIGNED);
    as(
        people.editor(),
        Role.EDITOR,
        () ->
            claims.changeStatus(
                c.claimId(), desk.version(c.claimId()), ClaimStatus.DISMISSED, "duplicate"));
    assertThat(as(people.auditor(), Role.AUDITOR, () -> assignments.activeFor(c.claimId())))
        .isEmpty();
    assertThat(as(people.reviewer(), Role.REVIEWER, () -> assignments.mine()))
        .extracting(AssignmentSummary::claimId)
        .doesNotContain(c.claimId());
  }

  @Test
  void rule11_the_same_evidence_sent_twice_in_a_row_is_attached_once() {
    ClaimAt c = desk.claimIn(ClaimStatus.IN_REVIEW);
    SourceSummary s = source(people.reviewer(), Role.REVIEWER);
    Runnable attach =
        () ->
            as(
                people.reviewer(),
                Role.REVIEWER,
                () -> evidence.attach(c.claimId(), s.id(), Stance.SUPPORTS, "x", null));
    attach.run();
    assertThatThrownBy(attach::run)
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("just attached");
    assertThat(as(people.auditor(), Role.AUDITOR, () -> evidence.forClaim(c.claimId())))
        .filteredOn(e -> e.source().id() == s.id())
        .hasSize(1);
  }

  @Test
  void rule11_the_same_follow_up_sent_twice_in_a_row_is_scheduled_once() {
    ClaimAt c = desk.claimIn(ClaimStatus.IN_REVIEW);
    LocalDate due = LocalDate.now().plusDays(4);
    Runnable schedule =
        () ->
            as(
                people.reviewer(),
                Role.REVIEWER,
                () -> followUps.schedule(c.claimId(), "The vote", due, null));
    schedule.run();
    assertThatThrownBy(schedule::run).hasMessageContaining("just scheduled");
    as(
        people.reviewer(),
        Role.REVIEWER,
        () -> followUps.schedule(c.claimId(), "The recount", due, null));
    assertThat(as(people.auditor(), Role.AUDITOR, () -> followUps.forClaim(c.claimId())))
        .extracting(f -> f.watchFor())
        .containsExactlyInAnyOrder("The vote", "The recount");
  }

  @Test
  void rule12_dismissal_return_correction_and_retraction_say_why_in_the_history() {
    ClaimAt dismissed = desk.claimIn(ClaimStatus.DISMISSED);
    assertThat(reasons(dismissed.claimId())).contains("opinion");

    ClaimAt proposed = desk.claimIn(ClaimStatus.VERDICT_PROPOSED);
    VerdictSummary v = desk.verdict(proposed.claimId(), proposed.verdictId());
    as(
        people.editor(),
        Role.EDITOR,
        () -> verdicts.returnToAuthor(v.id(), v.version(), "Name the second source"));
    assertThat(reasons(proposed.claimId())).contains("Name the second source");

    ClaimAt pub = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary live = published(pub);
    as(
        people.editor(),
        Role.EDITOR,
        () -> verdicts.retract(live.id(), live.version(), "The document was forged"));
    VerdictSummary asked = desk.verdict(pub.claimId(), live.id());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.approveRetraction(asked.id(), asked.version()));
    assertThat(reasons(pub.claimId())).contains("The document was forged");

    ClaimAt other = desk.claimIn(ClaimStatus.PUBLISHED);
    VerdictSummary otherLive = published(other);
    as(
        people.editor(),
        Role.EDITOR,
        () ->
            verdicts.correct(
                otherLive.id(), otherLive.version(), Rating.TRUE, "T", null, "Revised data"));
    assertThat(reasons(other.claimId())).contains("Revised data");
  }

  private List<String> reasons(long claimId) {
    return as(people.auditor(), Role.AUDITOR, () -> audit.claimHistory(claimId)).stream()
        .map(HistoryEntry::reason)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  @Test
  void a_conflict_is_recognised_as_one_by_the_pages() {
    ClaimAt c = desk.claimIn(ClaimStatus.NEW);
    long seen = desk.version(c.claimId());
    as(
        people.secondEditor(),
        Role.EDITOR,
        () -> claims.changeStatus(c.claimId(), seen, ClaimStatus.ACCEPTED, null));
    Throwable refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                as(
                    people.editor(),
                    Role.EDITOR,
                    () -> claims.changeStatus(c.claimId(), seen, ClaimStatus.DISMISSED, "x")));
    assertThat(ErrorMessages.isConflict(refused)).isTrue();
    assertThat(desk.claim(c.claimId()).status()).isEqualTo(ClaimStatus.ACCEPTED);
  }

  private ClaimItemView ingestedItem() {
    var ingested =
        as(
            people.editor(),
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "City budget " + System.nanoTime(),
                        "Gazette",
                        null,
                        LocalDate.of(2025, 3, 4),
                        "The mayor said rents rose 8% and wages fell 2% in the city in "
                            + (1900 + System.nanoTime() % 100)
                            + ".")));
    return as(people.editor(), Role.EDITOR, () -> claims.itemsOfDocument(ingested.document().id()))
        .getFirst();
  }
}
