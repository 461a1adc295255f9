package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpStatus;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The whole history of a claim that went through every kind of change the history tells (its
 * statement and speaker, status, assignments, evidence, follow-ups, verdicts, a correction and a
 * retraction), sentence by sentence and in order, on H2 and on PostgreSQL.
 */
abstract class ClaimHistoryContract {

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired AssignmentService assignments;
  @Autowired EvidenceService evidence;
  @Autowired FollowUpService followUps;
  @Autowired VerdictService verdicts;
  @Autowired AuditService audit;

  private DeskScenario desk;

  @BeforeEach
  void people() {
    desk = new DeskScenario(context);
  }

  private <T> T as(String who, Role role, Supplier<T> work) {
    return SignedIn.as(who, role, work);
  }

  private VerdictSummary only(long claimId, VerdictState state) {
    return desk.verdicts(claimId, state).getFirst();
  }

  @Test
  void the_history_tells_every_kind_of_change_in_the_order_it_happened() {
    DeskScenario.People p = desk.people;
    String editor = p.editor();
    String reviewer = p.reviewer();
    LocalDate due = LocalDate.of(2031, 5, 14);
    LocalDate watchBy = LocalDate.of(2031, 6, 2);
    long id =
        as(
                editor,
                Role.EDITOR,
                () ->
                    claims.create(
                        "Unemployment halved in two years", "A Minister", SpeakerKind.PERSON))
            .id();
    as(
        editor,
        Role.EDITOR,
        () ->
            claims.editStatement(
                id,
                desk.version(id),
                "Unemployment fell by a third in two years",
                "The Labour Minister",
                SpeakerKind.PERSON));
    as(
        editor,
        Role.EDITOR,
        () -> claims.changeStatus(id, desk.version(id), ClaimStatus.ACCEPTED, null));
    as(editor, Role.EDITOR, () -> assignments.assign(id, desk.version(id), reviewer, due));
    as(reviewer, Role.REVIEWER, () -> assignments.handBack(id, "I wrote a column on this"));
    as(
        editor,
        Role.EDITOR,
        () -> assignments.assign(id, desk.version(id), p.otherReviewer(), watchBy));
    as(editor, Role.EDITOR, () -> assignments.assign(id, desk.version(id), reviewer, due));
    String survey = "Labour force survey " + id;
    SourceDraft draft =
        new SourceDraft(SourceKind.DATASET, survey, "Statistics office", null, null, null, null);
    long sourceId = as(reviewer, Role.REVIEWER, () -> evidence.createSource(draft)).id();
    as(
        reviewer,
        Role.REVIEWER,
        () -> evidence.attach(id, sourceId, Stance.SUPPORTS, "down 31%", null));
    long watch =
        as(
                reviewer,
                Role.REVIEWER,
                () -> followUps.schedule(id, "the revised survey", watchBy, null))
            .id();
    as(
        reviewer,
        Role.REVIEWER,
        () -> followUps.close(watch, FollowUpStatus.DONE, "it kept the figure"));
    as(
        reviewer,
        Role.REVIEWER,
        () ->
            verdicts.propose(
                id, desk.version(id), Rating.MOSTLY_TRUE, "It fell by 31%, not a half", null));
    VerdictSummary proposed = only(id, VerdictState.PROPOSED);
    as(
        editor,
        Role.EDITOR,
        () -> verdicts.returnToAuthor(proposed.id(), proposed.version(), "Name the quarter"));
    as(
        reviewer,
        Role.REVIEWER,
        () ->
            verdicts.propose(
                id,
                desk.version(id),
                Rating.MOSTLY_TRUE,
                "It fell by 31% by the third quarter",
                null));
    VerdictSummary again = only(id, VerdictState.PROPOSED);
    as(p.secondEditor(), Role.EDITOR, () -> verdicts.approve(again.id(), again.version()));
    VerdictSummary approved = only(id, VerdictState.APPROVED);
    as(editor, Role.EDITOR, () -> verdicts.publish(approved.id(), approved.version()));
    VerdictSummary live = only(id, VerdictState.PUBLISHED);
    as(
        editor,
        Role.EDITOR,
        () ->
            verdicts.correct(
                live.id(),
                live.version(),
                Rating.TRUE,
                "It fell by a third",
                null,
                "The survey was revised"));
    VerdictSummary correction = only(id, VerdictState.PROPOSED);
    as(
        p.secondEditor(),
        Role.EDITOR,
        () -> verdicts.approve(correction.id(), correction.version()));
    VerdictSummary approvedCorrection = only(id, VerdictState.APPROVED);
    as(
        p.thirdEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approvedCorrection.id(), approvedCorrection.version()));
    VerdictSummary corrected = only(id, VerdictState.PUBLISHED);
    as(
        editor,
        Role.EDITOR,
        () -> verdicts.retract(corrected.id(), corrected.version(), "A reader doubts the survey"));
    VerdictSummary doubted = only(id, VerdictState.PUBLISHED);
    as(
        p.secondEditor(),
        Role.EDITOR,
        () -> verdicts.rejectRetraction(doubted.id(), doubted.version(), "The survey stands"));
    VerdictSummary kept = only(id, VerdictState.PUBLISHED);
    as(
        editor,
        Role.EDITOR,
        () -> verdicts.retract(kept.id(), kept.version(), "The survey was withdrawn"));
    VerdictSummary asked = only(id, VerdictState.PUBLISHED);
    as(
        p.secondEditor(),
        Role.EDITOR,
        () -> verdicts.approveRetraction(asked.id(), asked.version()));
    as(editor, Role.EDITOR, () -> assignments.assign(id, desk.version(id), reviewer, watchBy));
    as(editor, Role.EDITOR, () -> assignments.unassign(id));
    as(
        editor,
        Role.EDITOR,
        () -> claims.changeStatus(id, desk.version(id), ClaimStatus.DISMISSED, "no longer news"));

    List<HistoryEntry> history = as(p.auditor(), Role.AUDITOR, () -> audit.claimHistory(id));

    String eda = "Test " + editor;
    String rita = "Test " + reviewer;
    String otto = "Test " + p.otherReviewer();
    String ben = "Test " + p.secondEditor();
    String cleo = "Test " + p.thirdEditor();
    assertThat(history)
        .extracting(
            h -> h.who() + " " + h.what() + (h.reason() == null ? "" : " [" + h.reason() + "]"))
        .containsExactly(
            eda + " created the claim: Unemployment halved in two years",
            eda
                + " changed the statement from 'Unemployment halved in two years' to 'Unemployment"
                + " fell by a third in two years'",
            eda + " changed the speaker from A Minister to The Labour Minister",
            eda + " changed the status from New to Accepted",
            eda + " changed the status from Accepted to Assigned",
            eda + " assigned the claim to " + rita + ", due 2031-05-14",
            rita + " changed the status from Assigned to Accepted",
            rita + " handed the claim back: I wrote a column on this",
            eda + " changed the status from Accepted to Assigned",
            eda + " assigned the claim to " + otto + ", due 2031-06-02",
            eda + " took the claim from " + otto + " (reassigned)",
            eda + " assigned the claim to " + rita + ", due 2031-05-14",
            rita + " changed the status from Assigned to In review",
            rita + " attached the source '" + survey + "' (supports)",
            rita + " scheduled a follow-up for 2031-06-02: the revised survey",
            rita + " closed the follow-up 'the revised survey' as done: it kept the figure",
            rita + " changed the status from In review to Verdict proposed",
            rita + " proposed the verdict Mostly true: It fell by 31%, not a half",
            eda + " changed the status from Verdict proposed to In review [Name the quarter]",
            eda
                + " returned the verdict Mostly true to its author: Name the quarter [Name the"
                + " quarter]",
            rita + " changed the status from In review to Verdict proposed",
            rita + " proposed the verdict Mostly true: It fell by 31% by the third quarter",
            ben + " changed the status from Verdict proposed to Approved",
            ben + " approved the verdict Mostly true",
            eda + " changed the status from Approved to Published",
            eda + " changed the rating from none to Mostly true",
            eda + " published the verdict Mostly true",
            eda + " completed " + rita + "'s assignment with the published verdict",
            eda + " changed the status from Published to Verdict proposed [The survey was revised]",
            eda
                + " proposed a correction of the verdict: rating from Mostly true to True (The"
                + " survey was revised) [The survey was revised]",
            ben + " changed the status from Verdict proposed to Approved",
            ben + " approved the correction True",
            cleo + " changed the status from Approved to Published",
            cleo + " changed the rating from Mostly true to True",
            cleo + " published the correction of the verdict: True",
            eda + " proposed retracting the verdict True [A reader doubts the survey]",
            ben + " turned down the retraction of the verdict True [The survey stands]",
            eda + " proposed retracting the verdict True [The survey was withdrawn]",
            ben + " changed the status from Published to Reopened [The survey was withdrawn]",
            ben + " changed the rating from True to none [The survey was withdrawn]",
            ben
                + " retracted the verdict True: The survey was withdrawn [The survey was withdrawn]",
            eda + " changed the status from Reopened to Assigned",
            eda + " assigned the claim to " + rita + ", due 2031-06-02",
            eda + " changed the status from Assigned to Accepted",
            eda + " ended " + rita + "'s assignment",
            eda
                + " changed the status from Accepted to Dismissed (no longer news) [no longer"
                + " news]");
    assertThat(history)
        .isSortedAccordingTo(java.util.Comparator.comparingLong(HistoryEntry::revision));
  }
}
