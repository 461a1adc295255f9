package org.claimdesk.nlp;

import java.util.List;

/** The check-worthiness of one statement: score 0..1, the yes/no decision and readable reasons. */
public record StatementScore(double score, boolean checkworthy, List<String> reasons) {
  public StatementScore {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
