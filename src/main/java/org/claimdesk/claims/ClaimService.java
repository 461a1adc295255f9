package org.claimdesk.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims: creating them, moving them through the workflow and listing them for the queue. */
@Service
@Transactional
public class ClaimService {

  private final ClaimRepository claims;
  private final ClaimItemRepository items;
  private final StatusCounts statusCounts;

  ClaimService(ClaimRepository claims, ClaimItemRepository items, StatusCounts statusCounts) {
    this.claims = claims;
    this.items = items;
    this.statusCounts = statusCounts;
  }

  /** An editor adds a claim by hand, e.g. one heard on air; it starts as NEW. */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary create(
      String statement, @Nullable String claimantName, @Nullable SpeakerKind kind) {
    Claim claim =
        new Claim(
            TextInput.required(statement, "statement", Claim.MAX_STATEMENT_LENGTH), 0.5, null);
    claim.setClaimant(TextInput.optional(claimantName, "speaker", 300), kind);
    return ClaimSummary.of(claims.save(claim));
  }

  /**
   * Moves a claim on in the workflow. {@code expectedVersion} is the version the editor saw: if
   * somebody else changed the claim since, the move is refused rather than applied blindly.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary changeStatus(
      long claimId, long expectedVersion, ClaimStatus target, @Nullable String reason) {
    refuseUnlessSetByHand(target);
    Claim claim = load(claimId, expectedVersion);
    claim.moveTo(target, TextInput.optional(reason, "reason", 1000));
    return ClaimSummary.of(claims.saveAndFlush(claim));
  }

  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary editStatement(
      long claimId,
      long expectedVersion,
      String statement,
      @Nullable String claimantName,
      @Nullable SpeakerKind kind) {
    Claim claim = load(claimId, expectedVersion);
    claim.setStatement(TextInput.required(statement, "statement", Claim.MAX_STATEMENT_LENGTH));
    claim.setClaimant(TextInput.optional(claimantName, "speaker", 300), kind);
    return ClaimSummary.of(claims.saveAndFlush(claim));
  }

  /** Triage of many claims at once; claims that cannot make the move are listed, not changed. */
  @PreAuthorize(Roles.IS_EDITOR)
  public BulkResult bulkChangeStatus(
      Collection<Long> claimIds, ClaimStatus target, @Nullable String reason) {
    refuseUnlessSetByHand(target);
    String why = TextInput.optional(reason, "reason", 1000);
    if (target == ClaimStatus.DISMISSED && why == null) {
      throw new UserFacingException("Give a reason for dismissing the claims.");
    }
    int changed = 0;
    List<String> skipped = new ArrayList<>();
    for (Claim claim : claims.findAllById(claimIds)) {
      if (claim.getStatus().canMoveTo(target)) {
        claim.moveTo(target, why);
        changed++;
      } else if (claim.getStatus() != target) {
        skipped.add("#" + claim.getId() + " is " + claim.getStatus().label().toLowerCase());
      }
    }
    return new BulkResult(changed, skipped);
  }

  /**
   * Makes two claims one: the appearances of {@code mergedClaimId} move to {@code keptClaimId}, and
   * the merged claim is dismissed with a pointer to the kept one.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary merge(long keptClaimId, long mergedClaimId) {
    if (keptClaimId == mergedClaimId) {
      throw new UserFacingException("Pick two different claims to merge.");
    }
    Claim kept = load(keptClaimId);
    Claim merged = load(mergedClaimId);
    if (merged.getStatus() != ClaimStatus.NEW && merged.getStatus() != ClaimStatus.ACCEPTED) {
      throw new UserFacingException(
          "Claim #"
              + mergedClaimId
              + " is already "
              + merged.getStatus().label().toLowerCase()
              + "; only new or accepted claims can be merged into another.");
    }
    items.findByClaimIdOrderByIdAsc(mergedClaimId).forEach(item -> item.setClaim(kept));
    merged.moveTo(ClaimStatus.DISMISSED, "Merged into claim #" + keptClaimId);
    return ClaimSummary.of(kept);
  }

  /**
   * Splits an item that carries two statements: the item keeps the first, and the second becomes a
   * new item at the same place with a new claim of its own.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimItemView split(long itemId, String firstStatement, String secondStatement) {
    ClaimItem item =
        items
            .findById(itemId)
            .orElseThrow(() -> new UserFacingException("That item no longer exists."));
    String first = TextInput.required(firstStatement, "first statement", 4000);
    String second = TextInput.required(secondStatement, "second statement", 4000);
    Claim original = item.getClaim();
    item.setText(first);
    if (items.findByClaimIdOrderByIdAsc(original.getId()).size() == 1) {
      original.setStatement(first);
    }
    Claim other = new Claim(second, original.getCheckworthiness(), item.getDocumentId());
    other.setClaimant(original.getClaimantName(), original.getClaimantKind());
    other.setOutlet(original.getOutlet());
    claims.save(other);
    ClaimItem copy = item.copyFor(other, second);
    items.save(copy);
    return ClaimItemView.of(copy);
  }

  /** The items found in a document, in reading order. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimItemView> itemsOfDocument(long documentId) {
    return items.findByDocumentIdOrderByItemPositionAsc(documentId).stream()
        .map(ClaimItemView::of)
        .toList();
  }

  /** Every appearance of a claim across documents. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimItemView> appearances(long claimId) {
    return items.findByClaimIdOrderByIdAsc(claimId).stream().map(ClaimItemView::of).toList();
  }

  /**
   * Refuses, for a reviewer, work on a claim assigned to somebody else; editors may work on any
   * claim. Other features call this before adding evidence, verdicts or follow-ups.
   */
  @PreAuthorize(Roles.IS_REVIEWER)
  @Transactional(readOnly = true)
  public void checkCanWorkOn(long claimId) {
    Claim claim = load(claimId);
    if (CurrentUser.hasRole(Roles.EDITOR)) {
      return;
    }
    if (!CurrentUser.require().equalsIgnoreCase(String.valueOf(claim.getAssignee()))) {
      throw new AccessDeniedException(
          "Claim #" + claimId + " is not assigned to you: ask an editor to assign it.");
    }
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<ClaimSummary> find(long claimId) {
    return claims.findById(claimId).map(ClaimSummary::of);
  }

  /** How many claims match a filter, per status, for the counts above the queue. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> countsByStatus(ClaimFilter filter) {
    return statusCounts.of(filter);
  }

  /** The outlets that claims came from, for the queue's outlet filter. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<String> outlets() {
    return claims.findOutlets();
  }

  /** One page of the queue; a slice, so that no count of every matching row is needed. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Slice<ClaimSummary> queue(ClaimFilter filter, Pageable page) {
    return claims
        .findBy(ClaimSpecifications.matching(filter), q -> q.slice(page))
        .map(ClaimSummary::of);
  }

  private static void refuseUnlessSetByHand(ClaimStatus target) {
    if (!target.isSetByHand()) {
      throw new UserFacingException(
          target == ClaimStatus.ASSIGNED
              ? "Assign a reviewer to the claim instead: that makes it assigned."
              : "A claim becomes "
                  + target.label().toLowerCase()
                  + " through its verdict: propose, approve or publish the verdict instead.");
    }
  }

  private Claim load(long claimId) {
    return claims
        .findById(claimId)
        .orElseThrow(() -> new UserFacingException("That claim no longer exists."));
  }

  private Claim load(long claimId, long expectedVersion) {
    Claim claim = load(claimId);
    if (claim.getVersion() != expectedVersion) {
      throw new StaleClaimException();
    }
    return claim;
  }
}
