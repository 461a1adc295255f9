package org.claimdesk.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One reviewable statement: its text, the sentence it came from, its offsets into the original
 * input ({@code start}/{@code end} cover the statement, {@code content} only what was stated,
 * without speaker and cue), its attribution, check-worthiness and hints. {@code claim} is the
 * statement as it stands on its own: pronouns and roles replaced by the speaker's name and the
 * reporting frame normalised ("Marco Rubio said ..."), or, for unnamed sources and unattributed
 * reports, the content alone.
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
    TextSpan content,
    String claim) {
  public ExtractedItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(content, "content");
    if (claim == null || claim.isBlank()) {
      claim = text;
    }
    new TextSpan(start, end);
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    reasons = List.copyOf(reasons);
    times = List.copyOf(times);
  }

  /** An item whose claim is its own text. */
  public ExtractedItem(
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
    this(
        id,
        text,
        sentence,
        start,
        end,
        speaker,
        cue,
        attribution,
        score,
        checkworthy,
        reasons,
        followUp,
        times,
        content,
        text);
  }
}
