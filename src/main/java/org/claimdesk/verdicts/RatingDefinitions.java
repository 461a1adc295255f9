package org.claimdesk.verdicts;

import java.util.List;
import java.util.Optional;

/**
 * The desk's scale at one moment, best first: read once per page or export and asked for labels and
 * ClaimReview values without going back to the database.
 */
public record RatingDefinitions(List<RatingDefinition> inOrder) {

  public RatingDefinitions {
    inOrder = List.copyOf(inOrder);
  }

  public Optional<RatingDefinition> find(String code) {
    return inOrder.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** "Mostly true" for MOSTLY_TRUE; a code no longer on the scale is shown as it is. */
  public String label(String code) {
    return find(code).map(RatingDefinition::label).orElse(code);
  }

  public String label(Rating rating) {
    return label(rating.code());
  }

  /** The ratings a new verdict may have, best first. */
  public List<RatingDefinition> active() {
    return inOrder.stream().filter(d -> !d.retired()).toList();
  }

  /**
   * The rating's place as ClaimReview's numbers: within its own part of the scale (the truth
   * ratings, or the attribution ones), the best rating is the highest number and the worst is 1.
   * Retired ratings keep their place, so that published values do not shift when one is retired.
   */
  public ReviewValue reviewValue(String code) {
    RatingDefinition rating =
        find(code)
            .orElseThrow(
                () -> new IllegalArgumentException("The rating " + code + " is not on the scale"));
    List<RatingDefinition> part =
        inOrder.stream().filter(d -> d.attributedOnly() == rating.attributedOnly()).toList();
    int best = part.size();
    return new ReviewValue(best - part.indexOf(rating), best, 1);
  }

  /** ClaimReview's {@code ratingValue}, {@code bestRating} and {@code worstRating}. */
  public record ReviewValue(int ratingValue, int bestRating, int worstRating) {}
}
