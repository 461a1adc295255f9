package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** A claim's way through the desk, as the services enforce it. */
@IntegrationTest
class WorkbenchFlowTest {

  @Autowired UserService users;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;
  @Autowired FollowUpService followUps;
  @Autowired AuditService audit;
  @Autowired DocumentService documents;

  private String reviewer;
  private String otherReviewer;
  private String editor;

  @BeforeEach
  void people() {
    long n = System.nanoTime();
    reviewer = "rita" + n;
    otherReviewer = "otto" + n;
    editor = "edna" + n;
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          users.createUser(
              new NewUser(
                  editor, "edna", "a long enough secret", EnumSet.of(Role.EDITOR), null, null));
          for (String name : List.of(reviewer, otherReviewer)) {
            users.createUser(
                new NewUser(
                    name,
                    "Reviewer " + name,
                    "a long enough secret",
                    EnumSet.of(Role.REVIEWER),
                    null,
                    null));
          }
        });
  }

  private ClaimSummary acceptedClaim() {
    return SignedIn.as(
        editor,
        Role.EDITOR,
        () -> {
          ClaimSummary c =
              claims.create(
                  "The European side had never formally received the 28-point plan",
                  "unnamed sources",
                  SpeakerKind.ANONYMOUS_SOURCES);
          return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null);
        });
  }

  @Test
  void a_claim_goes_from_assignment_to_publication_and_its_history_reads_as_sentences() {
    ClaimSummary claim = acceptedClaim();
    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            assignments.assign(claim.id(), claim.version(), reviewer, LocalDate.now().plusDays(2)));
    assertThat(status(claim)).isEqualTo(ClaimStatus.ASSIGNED);

    SignedIn.as(
        reviewer,
        Role.REVIEWER,
        () -> {
          var xinhua =
              evidence.createSource(
                  new SourceDraft(
                      SourceKind.WIRE_SERVICE, "Xinhua", "Xinhua", null, null, null, null));
          evidence.attach(
              claim.id(), xinhua.id(), Stance.SUPPORTS, "never formally received", null);
        });
    assertThat(status(claim)).isEqualTo(ClaimStatus.IN_REVIEW);

    var proposed =
        SignedIn.as(
            reviewer,
            Role.REVIEWER,
            () ->
                verdicts.propose(
                    claim.id(),
                    current(claim).version(),
                    Rating.UNPROVEN,
                    "Only anonymous sources",
                    null));
    assertThat(status(claim)).isEqualTo(ClaimStatus.VERDICT_PROPOSED);
    var approved =
        SignedIn.as(editor, Role.EDITOR, () -> verdicts.approve(proposed.id(), proposed.version()));
    assertThat(status(claim)).isEqualTo(ClaimStatus.APPROVED);
    SignedIn.as(editor, Role.EDITOR, () -> verdicts.publish(approved.id(), approved.version()));
    ClaimSummary published =
        SignedIn.as(editor, Role.EDITOR, () -> claims.find(claim.id()).orElseThrow());
    assertThat(published.status()).isEqualTo(ClaimStatus.PUBLISHED);
    assertThat(published.currentRating()).isEqualTo("UNPROVEN");

    var byRating =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.queue(
                    new ClaimFilter(
                        Set.of(), null, null, "UNPROVEN", null, null, null, null, "28-point"),
                    PageRequest.of(0, 10)));
    assertThat(byRating.getContent()).extracting(ClaimSummary::id).contains(claim.id());

    List<HistoryEntry> history =
        SignedIn.as(editor, Role.EDITOR, () -> audit.claimHistory(claim.id()));
    assertThat(history)
        .extracting(h -> h.who() + " " + h.what())
        .contains(
            "edna changed the status from New to Accepted",
            "edna assigned the claim to Reviewer "
                + reviewer
                + ", due "
                + LocalDate.now().plusDays(2),
            "Reviewer " + reviewer + " attached the source 'Xinhua' (supports)",
            "Reviewer " + reviewer + " proposed the verdict Unproven: Only anonymous sources",
            "edna approved the verdict Unproven",
            "edna published the verdict Unproven",
            "edna changed the rating from none to Unproven");
  }

  @Test
  void a_reviewer_works_only_on_claims_assigned_to_them() {
    ClaimSummary claim = acceptedClaim();
    SignedIn.as(
        editor, Role.EDITOR, () -> assignments.assign(claim.id(), claim.version(), reviewer, null));
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    otherReviewer,
                    Role.REVIEWER,
                    () ->
                        verdicts.propose(
                            claim.id(), current(claim).version(), Rating.FALSE, "x", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    otherReviewer,
                    Role.REVIEWER,
                    () -> followUps.schedule(claim.id(), "reply", LocalDate.now(), null)))
        .isInstanceOf(AccessDeniedException.class);
    SignedIn.as(
        reviewer,
        Role.REVIEWER,
        () -> followUps.schedule(claim.id(), "Russia's reply", LocalDate.now(), null));
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    editor,
                    Role.EDITOR,
                    () ->
                        followUps.schedule(claim.id(), "reply", LocalDate.now(), "carol-auditor")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("no active user");
  }

  @Test
  void a_verdict_cannot_be_proposed_before_the_claim_is_accepted() {
    ClaimSummary fresh =
        SignedIn.as(editor, Role.EDITOR, () -> claims.create("Exports doubled", null, null));
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    editor,
                    Role.EDITOR,
                    () -> verdicts.propose(fresh.id(), fresh.version(), Rating.TRUE, "ok", null)))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Accept it first");
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> verdicts.forClaim(fresh.id()))).isEmpty();
  }

  @Test
  void bulk_triage_changes_what_it_can_and_names_the_rest() {
    ClaimSummary a = SignedIn.as(editor, Role.EDITOR, () -> claims.create("A rose 3%", null, null));
    ClaimSummary b = acceptedClaim();
    var result =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.bulkChangeStatus(
                    Map.of(a.id(), a.version(), b.id(), b.version()),
                    ClaimStatus.DISMISSED,
                    "opinion"));
    assertThat(result.changed()).isEqualTo(2);
    ClaimSummary c = SignedIn.as(editor, Role.EDITOR, () -> claims.create("C fell", null, null));
    var accepted =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.bulkChangeStatus(
                    Map.of(a.id(), current(a).version(), c.id(), c.version()),
                    ClaimStatus.ACCEPTED,
                    null));
    assertThat(accepted.changed()).isEqualTo(1);
    assertThat(accepted.skipped()).containsExactly("#" + a.id() + " is dismissed");
  }

  private ClaimSummary current(ClaimSummary claim) {
    return SignedIn.as(editor, Role.EDITOR, () -> claims.find(claim.id()).orElseThrow());
  }

  private ClaimStatus status(ClaimSummary claim) {
    return SignedIn.as(editor, Role.EDITOR, () -> claims.find(claim.id()).orElseThrow().status());
  }

  @Test
  void an_editor_cannot_skip_the_second_editor_by_setting_the_status() {
    ClaimSummary claim = acceptedClaim();
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> claims.changeStatus(claim.id(), claim.version(), ClaimStatus.IN_REVIEW, null));
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> verdicts.propose(claim.id(), current(claim).version(), Rating.FALSE, "Wrong", null));
    ClaimSummary proposed =
        SignedIn.as(editor, Role.EDITOR, () -> claims.find(claim.id()).orElseThrow());
    assertThat(proposed.status()).isEqualTo(ClaimStatus.VERDICT_PROPOSED);
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    editor,
                    Role.EDITOR,
                    () ->
                        claims.changeStatus(
                            proposed.id(), proposed.version(), ClaimStatus.APPROVED, null)))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("through its verdict");
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    editor,
                    Role.EDITOR,
                    () ->
                        claims.bulkChangeStatus(
                            Map.of(proposed.id(), proposed.version()),
                            ClaimStatus.PUBLISHED,
                            null)))
        .isInstanceOf(UserFacingException.class);
    assertThat(status(claim)).isEqualTo(ClaimStatus.VERDICT_PROPOSED);
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> verdicts.forClaim(claim.id())))
        .extracting(v -> v.state().name())
        .containsExactly("PROPOSED");
  }

  @Test
  void merging_moves_the_appearances_and_splitting_makes_a_second_claim() {
    var ingested =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "Budget " + System.nanoTime(),
                        "Gazette",
                        null,
                        LocalDate.of(2025, 3, 4),
                        "The minister said the deficit fell to 3% in 2024. Officials said the"
                            + " deficit had fallen to 3 percent last year. The mayor said rents"
                            + " rose 8% and wages fell 2% in the city.")));
    var items =
        SignedIn.as(editor, Role.EDITOR, () -> claims.itemsOfDocument(ingested.document().id()));
    assertThat(items).hasSizeGreaterThanOrEqualTo(3);
    ClaimItemView first = items.get(0);
    ClaimItemView second = items.get(1);

    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            claims.merge(
                first.claimId(), first.claimVersion(), second.claimId(), second.claimVersion()));
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> claims.appearances(first.claimId())))
        .extracting(ClaimItemView::id)
        .containsExactly(first.id(), second.id());
    ClaimSummary merged =
        SignedIn.as(editor, Role.EDITOR, () -> claims.find(second.claimId()).orElseThrow());
    assertThat(merged.status()).isEqualTo(ClaimStatus.DISMISSED);
    assertThat(merged.statusReason()).isEqualTo("Merged into claim #" + first.claimId());

    ClaimItemView mayor = items.get(2);
    ClaimItemView wages =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.split(
                    mayor.id(),
                    mayor.claimVersion(),
                    "The mayor said rents rose 8%",
                    "The mayor said wages fell 2%"));
    assertThat(wages.claimId()).isNotEqualTo(mayor.claimId());
    assertThat(wages.start()).isEqualTo(mayor.start());
    assertThat(
            SignedIn.as(editor, Role.EDITOR, () -> claims.find(mayor.claimId()).orElseThrow())
                .statement())
        .isEqualTo("The mayor said rents rose 8%");
    assertThat(
            SignedIn.as(editor, Role.EDITOR, () -> claims.find(wages.claimId()).orElseThrow())
                .statement())
        .isEqualTo("The mayor said wages fell 2%");
  }
}
