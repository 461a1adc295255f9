package org.claimdesk.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.ChangeReason;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
  private final ApplicationEventPublisher events;
  private final ClaimTextSearch textSearch;
  private final ClaimAppearances appearances;
  private final ClaimSummaryQuery summaries;

  ClaimService(
      ClaimRepository claims,
      ClaimItemRepository items,
      StatusCounts statusCounts,
      ApplicationEventPublisher events,
      ClaimTextSearch textSearch,
      ClaimAppearances appearances,
      ClaimSummaryQuery summaries) {
    this.appearances = appearances;
    this.summaries = summaries;
    this.claims = claims;
    this.items = items;
    this.statusCounts = statusCounts;
    this.events = events;
    this.textSearch = textSearch;
  }

  /** An editor adds a claim by hand, e.g. one heard on air; it starts as NEW. */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary create(
      String statement, @Nullable String claimantName, @Nullable SpeakerKind kind) {
    Claim claim =
        new Claim(
            TextInput.required(statement, "statement", Claim.MAX_STATEMENT_LENGTH), 0.5, null);
    claim.setClaimant(TextInput.optional(claimantName, "speaker", 300), kind);
    Claim saved = claims.save(claim);
    events.publishEvent(new ClaimStatementChanged(saved.getId()));
    return ClaimSummary.of(saved);
  }

  /**
   * Moves a claim on in the workflow. {@code expectedVersion} is the version the editor saw: if
   * somebody else changed the claim since, the move is refused rather than applied blindly. A
   * reason (e.g. for a dismissal) is kept on the claim and on the audit revision.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary changeStatus(
      long claimId, long expectedVersion, ClaimStatus target, @Nullable String reason) {
    refuseUnlessSetByHand(target);
    Claim claim = load(claimId, expectedVersion);
    String why = TextInput.optional(reason, "reason", 1000);
    claim.moveTo(target, why);
    ChangeReason.record(why);
    Claim saved = claims.saveAndFlush(claim);
    announceIfClosed(saved);
    return ClaimSummary.of(saved);
  }

  /**
   * Rewrites a claim's statement and speaker; refused once a verdict is proposed for it (return the
   * verdict, or reopen a published claim, first). {@code expectedVersion} is the claim's.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary editStatement(
      long claimId,
      long expectedVersion,
      String statement,
      @Nullable String claimantName,
      @Nullable SpeakerKind kind) {
    Claim claim = load(claimId, expectedVersion);
    claim.rewrite(
        TextInput.required(statement, "statement", Claim.MAX_STATEMENT_LENGTH),
        TextInput.optional(claimantName, "speaker", 300),
        kind);
    events.publishEvent(new ClaimStatementChanged(claimId));
    return ClaimSummary.of(claims.saveAndFlush(claim));
  }

  /**
   * Triage of many claims at once, each with the version the editor saw ({@code claim id ->
   * version}). If any of them changed meanwhile nothing is changed and the conflict is reported;
   * claims that cannot make the move are listed, not changed.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public BulkResult bulkChangeStatus(
      Map<Long, Long> expectedVersions, ClaimStatus target, @Nullable String reason) {
    refuseUnlessSetByHand(target);
    String why = TextInput.optional(reason, "reason", 1000);
    if (target == ClaimStatus.DISMISSED && why == null) {
      throw new UserFacingException("Give a reason for dismissing the claims.");
    }
    List<Claim> found = claims.findAllById(expectedVersions.keySet());
    List<String> stale =
        found.stream()
            .filter(c -> !Objects.equals(expectedVersions.get(c.getId()), c.getVersion()))
            .map(c -> "#" + c.getId())
            .toList();
    if (!stale.isEmpty()) {
      throw new StaleClaimException(
          "Somebody else has changed "
              + (stale.size() == 1 ? "claim " : "claims ")
              + String.join(", ", stale)
              + " since you loaded the page. Nothing was changed: reload to see their change.");
    }
    int changed = 0;
    List<String> skipped = new ArrayList<>();
    for (Claim claim : found) {
      if (claim.getStatus().canMoveTo(target)) {
        claim.moveTo(target, why);
        changed++;
      } else if (claim.getStatus() != target) {
        skipped.add("#" + claim.getId() + " is " + claim.getStatus().label().toLowerCase());
      }
    }
    ChangeReason.record(why);
    claims.flush();
    found.forEach(this::announceIfClosed);
    return new BulkResult(changed, skipped);
  }

  /**
   * Makes two claims one: the appearances, evidence and follow-ups of {@code mergedClaimId} move to
   * {@code keptClaimId}, and the merged claim is dismissed with a pointer to the kept one. Both
   * versions are the ones the editor saw. Claims past review are refused: their verdict covers
   * their own statement.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary merge(
      long keptClaimId, long keptExpectedVersion, long mergedClaimId, long mergedExpectedVersion) {
    if (keptClaimId == mergedClaimId) {
      throw new UserFacingException("Pick two different claims to merge.");
    }
    Claim kept = load(keptClaimId, keptExpectedVersion);
    Claim merged = load(mergedClaimId, mergedExpectedVersion);
    if (kept.getStatus().isPastReview() || kept.getStatus() == ClaimStatus.DISMISSED) {
      throw new UserFacingException(
          "Claim #"
              + keptClaimId
              + " is "
              + kept.getStatus().label().toLowerCase()
              + "; merge only into a claim that is still being reviewed.");
    }
    if (!merged.getStatus().canMoveTo(ClaimStatus.DISMISSED)) {
      throw new UserFacingException(
          "Claim #"
              + mergedClaimId
              + " is already "
              + merged.getStatus().label().toLowerCase()
              + "; only new, accepted or assigned claims can be merged into another.");
    }
    items.findByClaimIdOrderByIdAsc(mergedClaimId).forEach(item -> item.setClaim(kept));
    String why = "Merged into claim #" + keptClaimId;
    merged.moveTo(ClaimStatus.DISMISSED, why);
    kept.touch();
    ChangeReason.record(why);
    events.publishEvent(new ClaimsMerged(keptClaimId, mergedClaimId));
    events.publishEvent(new ClaimStatementChanged(keptClaimId));
    claims.flush();
    appearances.recount(kept);
    appearances.recount(merged);
    claims.flush();
    announceIfClosed(merged);
    return ClaimSummary.of(kept);
  }

  /**
   * Records that a claim is the same as an earlier one (an editor confirmed a match suggestion):
   * its appearances move to the earlier claim, whatever that claim's status, and it is dismissed
   * with a pointer to it. Refused once the claim itself is past triage.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary recordAsAppearance(long claimId, long earlierClaimId) {
    if (claimId == earlierClaimId) {
      throw new UserFacingException("A claim cannot be an appearance of itself.");
    }
    Claim claim =
        claims
            .findById(claimId)
            .orElseThrow(() -> new UserFacingException("Claim #" + claimId + " no longer exists."));
    Claim earlier =
        claims
            .findById(earlierClaimId)
            .orElseThrow(
                () -> new UserFacingException("Claim #" + earlierClaimId + " no longer exists."));
    if (!claim.getStatus().canMoveTo(ClaimStatus.DISMISSED)) {
      throw new UserFacingException(
          "Claim #"
              + claimId
              + " is already "
              + claim.getStatus().label().toLowerCase()
              + "; only new, accepted or assigned claims can become an appearance of another.");
    }
    items.findByClaimIdOrderByIdAsc(claimId).forEach(item -> item.setClaim(earlier));
    String why = "Same as claim #" + earlierClaimId;
    claim.moveTo(ClaimStatus.DISMISSED, why);
    earlier.touch();
    ChangeReason.record(why);
    events.publishEvent(new ClaimsMerged(earlierClaimId, claimId));
    claims.flush();
    appearances.recount(earlier);
    appearances.recount(claim);
    claims.flush();
    announceIfClosed(claim);
    return ClaimSummary.of(earlier);
  }

  /**
   * Splits an item that carries two statements: the item keeps the first, and the second becomes a
   * new item at the same place with a new claim of its own. {@code expectedVersion} is the version
   * of the item's claim; refused once a verdict is proposed for it.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimItemView split(
      long itemId, long expectedVersion, String firstStatement, String secondStatement) {
    ClaimItem item =
        items
            .findById(itemId)
            .orElseThrow(() -> new UserFacingException("That item no longer exists."));
    Claim original = item.getClaim();
    if (original.getVersion() != expectedVersion) {
      throw new StaleClaimException();
    }
    original.requireStatementOpen();
    String first = TextInput.required(firstStatement, "first statement", 4000);
    String second = TextInput.required(secondStatement, "second statement", 4000);
    item.setText(first);
    if (items.findByClaimIdOrderByIdAsc(original.getId()).size() == 1) {
      original.rewrite(first, original.getClaimantName(), original.getClaimantKind());
    } else {
      original.touch();
    }
    Claim other = new Claim(second, original.getCheckworthiness(), item.getDocumentId());
    other.setClaimant(original.getClaimantName(), original.getClaimantKind());
    other.setOutlet(original.getOutlet());
    claims.save(other);
    ClaimItem copy = item.copyFor(other, second);
    items.save(copy);
    ClaimAppearances.first(other, copy);
    claims.flush();
    events.publishEvent(new ClaimStatementChanged(original.getId()));
    events.publishEvent(new ClaimStatementChanged(other.getId()));
    return ClaimItemView.of(copy);
  }

  /** The items found in a document, in reading order. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimItemView> itemsOfDocument(long documentId) {
    return items.findWithClaimByDocumentId(documentId).stream().map(ClaimItemView::of).toList();
  }

  /** Every appearance of a claim across documents. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimItemView> appearances(long claimId) {
    return items.findViewRowsByClaimId(claimId).stream().map(ClaimItemView::of).toList();
  }

  /**
   * Refuses, for a reviewer, work on a claim assigned to somebody else; editors may work on any
   * claim. Other features call this before adding evidence, verdicts or follow-ups.
   */
  @PreAuthorize(Roles.IS_REVIEWER)
  @Transactional(readOnly = true)
  public ClaimSummary checkCanWorkOn(long claimId) {
    Claim claim = load(claimId);
    if (!CurrentUser.hasRole(Roles.EDITOR) && !claim.isAssignedTo(CurrentUser.require())) {
      throw new AccessDeniedException(
          "Claim #"
              + claimId
              + (claim.getStatus().isClosed()
                  ? " is " + claim.getStatus().label().toLowerCase() + "; its review is over."
                  : " is not assigned to you: ask an editor to assign it."));
    }
    return ClaimSummary.of(claim);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<ClaimSummary> find(long claimId) {
    return claims.findById(claimId).map(ClaimSummary::of);
  }

  /** The claims with these ids (those that still exist), in one query, e.g. for a page of rows. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimSummary> findAll(Collection<Long> claimIds) {
    return claims.findAllById(claimIds).stream().map(ClaimSummary::of).toList();
  }

  /** How many claims match a filter, per status, for the counts above the queue. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> countsByStatus(ClaimFilter filter) {
    if (ClaimTextSearch.countsInIndex(filter)) {
      return textSearch.countsByStatus(filter);
    }
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
    if (ClaimTextSearch.applies(filter)) {
      Slice<Long> hits = textSearch.pageIds(filter, page);
      return new SliceImpl<>(summaries.byIds(hits.getContent()), page, hits.hasNext());
    }
    return summaries.page(ClaimSpecifications.matching(filter), page);
  }

  /**
   * The ids of the claims the queue shows under {@code filter} that are above {@code afterId},
   * lowest first and at most {@code limit}: a keyset page for reading the whole queue (an export),
   * matched exactly as {@link #queue} matches, through the search index when there are words.
   */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<Long> idsAfter(ClaimFilter filter, long afterId, int limit) {
    if (ClaimTextSearch.applies(filter)) {
      return textSearch.idsAfter(filter, afterId, limit);
    }
    Specification<Claim> above = (root, query, cb) -> cb.greaterThan(root.get("id"), afterId);
    return claims.findBy(
        ClaimSpecifications.matching(filter).and(above),
        q -> q.sortBy(Sort.by("id")).limit(limit).stream().map(Claim::getId).toList());
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

  private void announceIfClosed(Claim claim) {
    if (claim.getStatus().isClosed() && claim.getId() != null) {
      events.publishEvent(new ClaimClosed(claim.getId(), claim.getStatus()));
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
