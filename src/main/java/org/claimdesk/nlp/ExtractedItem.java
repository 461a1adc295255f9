package org.claimdesk.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One reviewable statement: its text, the sentence it came from, its offsets into the original
 * input ({@code start}/{@code end} cover the statement, {@code content} only what was stated,
 * without speaker and cue), its attribution, check-worthiness and hints.
 */
public record ExtractedItem(
    int id,
    String text,
    String sentence,
    int start,
    int end,
    Speaker speaker,
    String cue,
    Attribution attribution,
    double score,
    boolean checkworthy,
    List<String> reasons,
    FollowUpHint followUp,
    List<TimeExpression> times,
    TextSpan content) {
  public ExtractedItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(content, "content");
    new TextSpan(start, end);
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    reasons = List.copyOf(reasons);
    times = List.copyOf(times);
  }
}
