package org.claimdesk.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching on demand ("find similar claims", the match API) and the triage of the suggestions made
 * at ingest: confirm makes the item's claim an appearance of the earlier one; a rejected suggestion
 * is never offered again.
 */
@Service
@Transactional
public class MatchingService {
  /** Matches returned on demand. */
  public static final int MATCHES = 10;

  private final ClaimMatcher matcher;
  private final MatchSuggestionRepository suggestions;
  private final ClaimService claims;

  MatchingService(
      ClaimMatcher matcher, MatchSuggestionRepository suggestions, ClaimService claims) {
    this.matcher = matcher;
    this.suggestions = suggestions;
    this.claims = claims;
  }

  /** The earlier claims most like a text, best first. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimMatch> match(String text) {
    String checked = TextInput.required(text, "text", 4000);
    return matcher.match(checked, null, null, MATCHES, Set.of());
  }

  /** The other claims most like this claim's statement, leaving out rejected suggestions. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<ClaimMatch> matchesOf(long claimId) {
    ClaimSummary claim =
        claims
            .find(claimId)
            .orElseThrow(() -> new UserFacingException("There is no claim #" + claimId + "."));
    Set<Long> excluded = new HashSet<>();
    excluded.add(claimId);
    for (MatchSuggestion s : suggestions.findByItemClaimIdOrderByScoreDesc(claimId)) {
      if (s.state() == SuggestionState.REJECTED) {
        excluded.add(s.claimId());
      }
    }
    return matcher.match(
        claim.statement(),
        claim.claimantName(),
        claim.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
        MATCHES,
        excluded);
  }

  /**
   * "Seen before: rated False on 3 March 2026 by the desk; 3 appearances in 3 documents" for a
   * claim that came back, empty for a claim seen in one document only.
   */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<String> seenBefore(long claimId) {
    Optional<ClaimSummary> claim = claims.find(claimId);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    List<ClaimItemView> items = claims.appearances(claimId);
    long documents = items.stream().map(ClaimItemView::documentId).distinct().count();
    if (documents < 2) {
      return Optional.empty();
    }
    String verdict = matcher.publishedVerdict(claim.get());
    return Optional.of(
        (verdict == null ? "Seen again, not yet rated" : "Seen before: " + verdict)
            + "; "
            + items.size()
            + " appearances in "
            + documents
            + " documents.");
  }

  /** The suggestions made for a claim's items, offered ones first by score. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<MatchSuggestionView> suggestionsFor(long claimId) {
    return suggestions.findByItemClaimIdOrderByScoreDesc(claimId).stream()
        .map(MatchSuggestionView::of)
        .toList();
  }

  /** The suggestions made for these items (e.g. those of one document), best first. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<MatchSuggestionView> suggestionsForItems(Collection<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return List.of();
    }
    return suggestions.findByItemIdInOrderByScoreDesc(itemIds).stream()
        .map(MatchSuggestionView::of)
        .toList();
  }

  /**
   * Confirms "same as claim #N?": the item's claim becomes an appearance of claim N (and is
   * dismissed with a pointer to it); the other suggestions for it are closed as rejected.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public MatchSuggestionView confirm(long suggestionId) {
    MatchSuggestion s = offered(suggestionId);
    claims.recordAsAppearance(s.itemClaimId(), s.claimId());
    s.decide(SuggestionState.CONFIRMED, CurrentUser.require());
    for (MatchSuggestion other : suggestions.findByItemClaimIdOrderByScoreDesc(s.itemClaimId())) {
      if (other != s && other.state() == SuggestionState.OFFERED) {
        other.decide(SuggestionState.REJECTED, CurrentUser.require());
      }
    }
    return MatchSuggestionView.of(s);
  }

  /** Rejects "same as claim #N?"; the pair is never suggested again. */
  @PreAuthorize(Roles.IS_EDITOR)
  public MatchSuggestionView reject(long suggestionId) {
    MatchSuggestion s = offered(suggestionId);
    s.decide(SuggestionState.REJECTED, CurrentUser.require());
    return MatchSuggestionView.of(s);
  }

  private MatchSuggestion offered(long suggestionId) {
    MatchSuggestion s =
        suggestions
            .findById(suggestionId)
            .orElseThrow(
                () ->
                    new UserFacingException("There is no match suggestion #" + suggestionId + "."));
    if (s.state() != SuggestionState.OFFERED) {
      throw new UserFacingException(
          "This suggestion was already "
              + s.state().name().toLowerCase()
              + (s.decidedBy() == null ? "" : " by " + s.decidedBy())
              + ".");
    }
    return s;
  }
}
