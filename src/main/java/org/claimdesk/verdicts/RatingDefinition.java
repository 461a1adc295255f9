package org.claimdesk.verdicts;

/**
 * One rating of the desk's scale as pages and exports see it. {@code position} counts from 1, the
 * best; {@code attributedOnly} ratings say whether a statement was attributed rightly.
 */
public record RatingDefinition(
    Rating rating,
    String label,
    String definition,
    int position,
    boolean attributedOnly,
    boolean retired,
    long version) {

  public String code() {
    return rating.code();
  }
}
