package org.claimdesk.verdicts;

import java.util.List;
import org.claimdesk.claims.ClaimProgressed;
import org.claimdesk.claims.ClaimRated;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts: a reviewer or editor proposes, a second editor approves (never the author), an editor
 * publishes; a published verdict is corrected by a new one that supersedes it, or retracted.
 */
@Service
@Transactional
public class VerdictService {

  private final VerdictRepository verdicts;
  private final ClaimService claims;
  private final ApplicationEventPublisher events;

  VerdictService(
      VerdictRepository verdicts, ClaimService claims, ApplicationEventPublisher events) {
    this.verdicts = verdicts;
    this.claims = claims;
    this.events = events;
  }

  /** Proposes a verdict for a second editor to approve; the claim shows "verdict proposed". */
  @PreAuthorize(Roles.IS_REVIEWER)
  public VerdictSummary propose(
      long claimId, Rating rating, String summary, @Nullable String rationale) {
    claims.checkCanWorkOn(claimId);
    refuseIfPending(claimId);
    Verdict verdict = draft(claimId, rating, summary, rationale);
    verdict.propose();
    Verdict saved = verdicts.save(verdict);
    events.publishEvent(new ClaimProgressed(claimId, ClaimStatus.VERDICT_PROPOSED));
    return VerdictSummary.of(saved);
  }

  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary approve(long verdictId) {
    Verdict verdict = load(verdictId);
    verdict.approve(CurrentUser.require());
    events.publishEvent(new ClaimProgressed(verdict.getClaimId(), ClaimStatus.APPROVED));
    return VerdictSummary.of(verdict);
  }

  /** Sends a proposed verdict back to its author with a comment; the claim is in review again. */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary returnToAuthor(long verdictId, String comment) {
    Verdict verdict = load(verdictId);
    verdict.returnToAuthor(TextInput.required(comment, "comment", 2000));
    events.publishEvent(new ClaimProgressed(verdict.getClaimId(), ClaimStatus.IN_REVIEW));
    return VerdictSummary.of(verdict);
  }

  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary publish(long verdictId) {
    Verdict verdict = load(verdictId);
    verdict.publish();
    events.publishEvent(new ClaimProgressed(verdict.getClaimId(), ClaimStatus.PUBLISHED));
    events.publishEvent(new ClaimRated(verdict.getClaimId(), verdict.getRating().name()));
    return VerdictSummary.of(verdict);
  }

  /** Replaces a published verdict with a corrected one; both stay visible. */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary correct(
      long verdictId,
      Rating rating,
      String summary,
      @Nullable String rationale,
      String correctionNote) {
    Verdict old = load(verdictId);
    String note = TextInput.required(correctionNote, "correction note", 2000);
    old.markSuperseded();
    Verdict correction = draft(old.getClaimId(), rating, summary, rationale);
    correction.supersede(verdictId, note);
    correction.propose();
    Verdict saved = verdicts.save(correction);
    events.publishEvent(new ClaimProgressed(old.getClaimId(), ClaimStatus.VERDICT_PROPOSED));
    return VerdictSummary.of(saved);
  }

  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary retract(long verdictId, String reason) {
    Verdict verdict = load(verdictId);
    verdict.retract(TextInput.required(reason, "reason for the retraction", 2000));
    events.publishEvent(new ClaimProgressed(verdict.getClaimId(), ClaimStatus.REOPENED));
    events.publishEvent(new ClaimRated(verdict.getClaimId(), null));
    return VerdictSummary.of(verdict);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<VerdictSummary> forClaim(long claimId) {
    return verdicts.findByClaimIdOrderByCreatedAtAsc(claimId).stream()
        .map(VerdictSummary::of)
        .toList();
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<VerdictSummary> awaitingApproval() {
    return verdicts.findByStateOrderByCreatedAtAsc(VerdictState.PROPOSED).stream()
        .map(VerdictSummary::of)
        .toList();
  }

  private Verdict draft(long claimId, Rating rating, String summary, @Nullable String rationale) {
    return new Verdict(
        claimId,
        rating,
        TextInput.required(summary, "summary", 1000),
        TextInput.optional(rationale, "rationale", 20000),
        CurrentUser.require());
  }

  private void refuseIfPending(long claimId) {
    boolean pending =
        verdicts.findByClaimIdOrderByCreatedAtAsc(claimId).stream()
            .anyMatch(
                v ->
                    v.getState() == VerdictState.PROPOSED || v.getState() == VerdictState.APPROVED);
    if (pending) {
      throw new UserFacingException(
          "This claim already has a verdict waiting for approval or publication. Approve or"
              + " return that one first.");
    }
  }

  private Verdict load(long verdictId) {
    return verdicts
        .findById(verdictId)
        .orElseThrow(() -> new UserFacingException("That verdict no longer exists."));
  }
}
