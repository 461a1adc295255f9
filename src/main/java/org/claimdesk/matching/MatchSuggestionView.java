package org.claimdesk.matching;

/** A suggestion as triage shows it: "same as claim #123?" with its explanation and state. */
public record MatchSuggestionView(
    long id,
    long itemId,
    long itemClaimId,
    long claimId,
    double score,
    double similarity,
    String sharedTerms,
    String why,
    SuggestionState state) {

  static MatchSuggestionView of(MatchSuggestion s) {
    return new MatchSuggestionView(
        s.getId() == null ? 0 : s.getId(),
        s.itemId(),
        s.itemClaimId(),
        s.claimId(),
        s.score(),
        s.similarity(),
        s.sharedTerms() == null ? "" : s.sharedTerms(),
        s.why(),
        s.state());
  }
}
