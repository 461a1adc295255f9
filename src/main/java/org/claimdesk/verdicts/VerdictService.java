package org.claimdesk.verdicts;

import java.util.List;
import java.util.Optional;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.StaleClaimException;
import org.claimdesk.claims.VerdictApproved;
import org.claimdesk.claims.VerdictProposed;
import org.claimdesk.claims.VerdictPublished;
import org.claimdesk.claims.VerdictRetracted;
import org.claimdesk.claims.VerdictReturned;
import org.claimdesk.shared.ChangeReason;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts: a reviewer or editor proposes, a second editor approves and another than the author
 * publishes. A correction is a new proposal that replaces the published verdict only when it is
 * published in turn; a retraction is proposed by one editor and takes effect when a second agrees.
 * Until then the published verdict stands: a claim has at most one verdict in force.
 *
 * <p>Every action carries the version the person saw: the claim's for {@link #propose}, the
 * verdict's for the others. A stale one is refused with the conflict message.
 */
@Service
@Transactional
public class VerdictService {

  private final VerdictRepository verdicts;
  private final ClaimService claims;
  private final ApplicationEventPublisher events;
  private final RatingScale scale;

  VerdictService(
      VerdictRepository verdicts,
      ClaimService claims,
      ApplicationEventPublisher events,
      RatingScale scale) {
    this.verdicts = verdicts;
    this.claims = claims;
    this.events = events;
    this.scale = scale;
  }

  /**
   * Proposes a verdict for a second editor to approve; the claim shows "verdict proposed". On a
   * claim with a published verdict, the proposal is a correction of it. {@code expectedVersion} is
   * the claim's version.
   */
  @PreAuthorize(Roles.IS_REVIEWER)
  public VerdictSummary propose(
      long claimId,
      long expectedVersion,
      Rating rating,
      String summary,
      @Nullable String rationale) {
    ClaimSummary claim = claims.checkCanWorkOn(claimId);
    if (claim.version() != expectedVersion) {
      throw new StaleClaimException();
    }
    refuseIfPending(claimId);
    Verdict verdict = draft(claimId, rating, summary, rationale);
    Verdict inForce = verdicts.findByPublishedClaimId(claimId).orElse(null);
    if (inForce != null) {
      refuseIfRetractionProposed(inForce);
      verdict.supersede(id(inForce), null);
    }
    verdict.propose();
    Verdict saved = saveNow(verdict);
    events.publishEvent(new VerdictProposed(claimId, id(saved), inForce != null));
    return VerdictSummary.of(saved);
  }

  /** A second editor approves a proposed verdict; never its author. */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary approve(long verdictId, long expectedVersion) {
    Verdict verdict = load(verdictId, expectedVersion);
    verdict.approve(CurrentUser.require());
    events.publishEvent(new VerdictApproved(verdict.getClaimId(), verdictId));
    return flushed(verdict);
  }

  /**
   * Sends a proposed (or approved, not yet published) verdict back to its author with a comment;
   * the claim is in review again, and a published verdict it would have corrected stays in force.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary returnToAuthor(long verdictId, long expectedVersion, String comment) {
    Verdict verdict = load(verdictId, expectedVersion);
    String why = TextInput.required(comment, "comment", 2000);
    verdict.returnToAuthor(why);
    ChangeReason.record(why);
    events.publishEvent(new VerdictReturned(verdict.getClaimId(), verdictId, why));
    return flushed(verdict);
  }

  /**
   * Publishes an approved verdict; never by its author. The verdict it corrects, or any other in
   * force, is superseded in the same step, so that the claim never has two.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary publish(long verdictId, long expectedVersion) {
    return publish(verdictId, expectedVersion, null);
  }

  /**
   * Publishes as {@link #publish(long, long)}, with the address of the published fact-check (the
   * ClaimReview's {@code url}). A correction published without one keeps the corrected verdict's.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary publish(long verdictId, long expectedVersion, @Nullable String reviewUrl) {
    Verdict verdict = load(verdictId, expectedVersion);
    String url = WebAddress.checkOptional(reviewUrl);
    if (verdict.getState() == VerdictState.APPROVED
        && verdict.getAuthor().equalsIgnoreCase(CurrentUser.require())) {
      verdict.publish(CurrentUser.require()); // refuses, with the author's message
    }
    verdicts
        .findByPublishedClaimId(verdict.getClaimId())
        .filter(previous -> !previous.equals(verdict))
        .ifPresent(
            previous -> {
              previous.supersede();
              flushed(previous); // out of force before the new one comes in (unique column)
            });
    verdict.publish(CurrentUser.require());
    if (url == null && verdict.getSupersedesId() != null) {
      url = verdicts.findById(verdict.getSupersedesId()).map(Verdict::getReviewUrl).orElse(null);
    }
    verdict.setReviewUrl(url);
    events.publishEvent(
        new VerdictPublished(verdict.getClaimId(), verdictId, verdict.getRating().name()));
    return flushed(verdict);
  }

  /**
   * Proposes a correction of a published verdict. It is a proposal like any other: the published
   * verdict stays in force (and the claim keeps its rating) until a second editor approves the
   * correction and it is published. {@code expectedVersion} is the published verdict's version.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary correct(
      long verdictId,
      long expectedVersion,
      Rating rating,
      String summary,
      @Nullable String rationale,
      String correctionNote) {
    Verdict old =
        verdicts
            .lockById(verdictId)
            .orElseThrow(() -> new UserFacingException("That verdict no longer exists."));
    if (old.getVersion() != expectedVersion) {
      throw new StaleVerdictException();
    }
    String note = TextInput.required(correctionNote, "correction note", 2000);
    if (old.getState() != VerdictState.PUBLISHED) {
      throw new UserFacingException(
          "Only the published verdict can be corrected; this one is "
              + old.getState().name().toLowerCase()
              + ". Reload the claim to see its current state.");
    }
    refuseIfRetractionProposed(old);
    refuseIfPending(old.getClaimId());
    Verdict correction = draft(old.getClaimId(), rating, summary, rationale);
    correction.supersede(verdictId, note);
    correction.propose();
    Verdict saved = saveNow(correction);
    ChangeReason.record(note);
    events.publishEvent(new VerdictProposed(old.getClaimId(), id(saved), true));
    return VerdictSummary.of(saved);
  }

  /**
   * Proposes retracting a published verdict. It stays in force until a second editor approves the
   * retraction ({@link #approveRetraction}). {@code expectedVersion} is the verdict's version.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary retract(long verdictId, long expectedVersion, String reason) {
    Verdict verdict = load(verdictId, expectedVersion);
    String why = TextInput.required(reason, "reason for the retraction", 2000);
    if (verdict.getState() == VerdictState.PUBLISHED) {
      refuseIfPending(verdict.getClaimId());
    }
    verdict.proposeRetraction(CurrentUser.require(), why);
    ChangeReason.record(why);
    return flushed(verdict);
  }

  /**
   * A second editor (not the one who proposed it) approves the retraction: the verdict is no longer
   * in force and the claim is reopened without a rating.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary approveRetraction(long verdictId, long expectedVersion) {
    Verdict verdict = load(verdictId, expectedVersion);
    verdict.approveRetraction(CurrentUser.require());
    String why = verdict.getStateNote() == null ? "" : verdict.getStateNote();
    ChangeReason.record(why);
    events.publishEvent(new VerdictRetracted(verdict.getClaimId(), verdictId, why));
    return flushed(verdict);
  }

  /** A second editor turns a proposed retraction down; the verdict stays in force. */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary rejectRetraction(long verdictId, long expectedVersion, String comment) {
    Verdict verdict = load(verdictId, expectedVersion);
    String why = TextInput.required(comment, "comment", 2000);
    verdict.rejectRetraction();
    ChangeReason.record(why);
    return flushed(verdict);
  }

  /** One verdict, as the claim page shows it. */
  /**
   * Records a verdict another fact-checker published (a ClaimReview import) on a claim that has
   * none in force: its author is that publisher ({@code publishedBy}, never a desk account), the
   * importing editor is its approver and publisher, and the audit revision says it was imported.
   * The second-editor rule holds: the author is not the person who publishes it here.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public VerdictSummary recordPublishedElsewhere(
      long claimId, Rating rating, String summary, String publishedBy, String importNote) {
    if (verdicts.findByPublishedClaimId(claimId).isPresent()
        || verdicts.findByPendingClaimId(claimId).isPresent()) {
      throw pendingConflict();
    }
    String editor = CurrentUser.require();
    String author = TextInput.required(publishedBy, "publisher", 64);
    if (author.equalsIgnoreCase(editor)) {
      throw new UserFacingException(
          "The publisher of an imported verdict cannot be the importing editor's own name.");
    }
    Verdict verdict =
        new Verdict(claimId, rating, TextInput.required(summary, "summary", 1000), null, author);
    verdict.propose();
    verdict.approve(editor);
    verdict.publish(editor);
    ChangeReason.record(TextInput.required(importNote, "note", 1000));
    Verdict saved = saveNow(verdict);
    events.publishEvent(new VerdictPublished(claimId, id(saved), rating.name()));
    return VerdictSummary.of(saved);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<VerdictSummary> find(long verdictId) {
    return verdicts.findById(verdictId).map(VerdictSummary::of);
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

  /** The oldest proposed verdicts, at most {@code limit}, e.g. for the dashboard. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<VerdictSummary> awaitingApproval(int limit) {
    return verdicts
        .findByStateOrderByCreatedAtAsc(
            VerdictState.PROPOSED, PageRequest.of(0, Math.max(1, limit)))
        .stream()
        .map(VerdictSummary::of)
        .toList();
  }

  private Verdict draft(long claimId, Rating rating, String summary, @Nullable String rationale) {
    scale.requireUsable(rating);
    return new Verdict(
        claimId,
        rating,
        TextInput.required(summary, "summary", 1000),
        TextInput.optional(rationale, "rationale", 20000),
        CurrentUser.require());
  }

  /**
   * A verdict already on its way means the person's page is out of date (it offers no proposal
   * then), or somebody proposed one at the same moment: a conflict like any other.
   */
  private void refuseIfPending(long claimId) {
    if (verdicts.findByPendingClaimId(claimId).isPresent()) {
      throw pendingConflict();
    }
  }

  private static ConflictException pendingConflict() {
    return new ConflictException(
        "This claim already has a verdict waiting for approval or publication, perhaps proposed"
            + " by somebody else a moment ago. Reload to see it; approve or return that one first.");
  }

  /**
   * Saves and writes at once. The database's own rule (one verdict on its way, one in force per
   * claim) refuses what another editor's simultaneous step has made impossible.
   */
  private Verdict saveNow(Verdict verdict) {
    try {
      return verdicts.saveAndFlush(verdict);
    } catch (DataIntegrityViolationException e) {
      throw pendingConflict();
    }
  }

  private static void refuseIfRetractionProposed(Verdict inForce) {
    if (inForce.isRetractionProposed()) {
      throw new UserFacingException(
          "A retraction of the published verdict is waiting for a second editor. Approve or"
              + " reject it first.");
    }
  }

  /** Writes the change now, so that a conflicting one is refused here with a clear message. */
  private VerdictSummary flushed(Verdict verdict) {
    try {
      verdicts.flush();
    } catch (DataIntegrityViolationException e) {
      throw new StaleVerdictException();
    }
    return VerdictSummary.of(verdict);
  }

  private Verdict load(long verdictId, long expectedVersion) {
    Verdict verdict =
        verdicts
            .findById(verdictId)
            .orElseThrow(() -> new UserFacingException("That verdict no longer exists."));
    if (verdict.getVersion() != expectedVersion) {
      throw new StaleVerdictException();
    }
    return verdict;
  }

  private static long id(Verdict verdict) {
    Long id = verdict.getId();
    if (id == null) {
      throw new IllegalStateException("The verdict has not been saved");
    }
    return id;
  }
}
