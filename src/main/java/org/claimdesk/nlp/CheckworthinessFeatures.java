package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in check-worthiness scorer: hand-picked signals that an editor can read back as reasons
 * ("gives a number", "negation: never"). Needs no training data.
 */
final class CheckworthinessFeatures {
  static final double THRESHOLD = 0.5;

  private static final Set<String> NUMBER_WORDS =
      words(
          "million",
          "billion",
          "trillion",
          "percent",
          "per",
          "cent",
          "%",
          "half",
          "dozens",
          "hundreds",
          "thousands",
          "millions",
          "billions",
          "twice",
          "double",
          "doubled",
          "tripled",
          "quarter",
          "majority",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten");
  private static final Set<String> NEGATIONS =
      words("never", "not", "n't", "no", "none", "nothing", "neither", "nor", "nobody", "without");
  private static final Set<String> COMPARISONS =
      words(
          "most",
          "least",
          "more",
          "less",
          "fewer",
          "biggest",
          "largest",
          "highest",
          "lowest",
          "worst",
          "best",
          "first",
          "only",
          "record",
          "increase",
          "increased",
          "rise",
          "rose",
          "fell",
          "drop",
          "dropped",
          "declined",
          "grew",
          "cut",
          "doubled",
          "higher",
          "lower",
          "greater",
          "since");
  private static final Set<String> PREDICTIONS =
      words(
          "will",
          "would",
          "could",
          "might",
          "may",
          "going",
          "expected",
          "expects",
          "likely",
          "plans",
          "shall",
          "soon");
  private static final Set<String> OPINIONS =
      words(
          "optimistic",
          "pessimistic",
          "productive",
          "meaningful",
          "believe",
          "think",
          "feel",
          "hope",
          "should",
          "must",
          "essential",
          "good",
          "great",
          "bad",
          "terrible",
          "wonderful",
          "insurmountable",
          "important",
          "unacceptable",
          "disappointed",
          "happy",
          "concerned",
          "wrong",
          "right",
          "best",
          "worst",
          "beautiful",
          "horrible",
          "ridiculous",
          "disgrace",
          "amazing",
          "love",
          "hate",
          "want",
          "need",
          "deserve",
          "fair",
          "unfair",
          "shame",
          "sad",
          "proud",
          "incredible",
          "fantastic");
  private static final Set<String> IRREGULAR_PAST =
      words(
          "was", "were", "had", "did", "made", "took", "gave", "went", "came", "held", "told",
          "said", "found", "saw", "met", "won", "lost", "left", "sent", "spent", "paid", "built",
          "cut", "put", "set", "began", "became", "grew", "rose", "fell", "knew", "brought",
          "bought", "fought", "led", "ran", "wrote", "signed", "voted", "killed", "passed",
          "raised");

  private static final Set<String> CALENDAR =
      words(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan.",
          "feb.",
          "aug.",
          "sept.",
          "oct.",
          "nov.",
          "dec.");

  private CheckworthinessFeatures() {}

  record Score(double value, List<String> reasons) {}

  static Score score(
      TaggedSentence s, int from, int to, SpeakerKind kind, Attribution attribution) {
    double score = 0.3;
    List<String> reasons = new ArrayList<>(5);
    boolean number = false;
    boolean past = false;
    String negation = null;
    boolean comparison = false;
    boolean prediction = false;
    boolean opinion = false;
    boolean named = false;
    int words = 0;
    for (int i = from; i < to; i++) {
      String w = s.lower[i];
      String tag = s.tags[i];
      if (tag.equals("PUNCT")) {
        continue;
      }
      words++;
      if (tag.equals("NUM") || hasDigit(w) || NUMBER_WORDS.contains(w) && !w.equals("one")) {
        number = true;
      }
      if ((tag.equals("VERB") || tag.equals("AUX"))
          && (IRREGULAR_PAST.contains(w) || w.endsWith("ed"))) {
        past = true;
      }
      if (negation == null && NEGATIONS.contains(w)) {
        negation = w.equals("n't") ? "not" : w;
      }
      comparison |=
          COMPARISONS.contains(w) || (tag.equals("ADJ") && w.endsWith("est") && w.length() > 5);
      prediction |=
          PREDICTIONS.contains(w)
              && (tag.equals("AUX")
                  || tag.equals("VERB")
                  || tag.equals("ADJ")
                  || tag.equals("ADV"));
      opinion |= OPINIONS.contains(w);
      named |= tag.equals("PROPN") && !CALENDAR.contains(w);
    }
    if (number) {
      score += 0.2;
      reasons.add("gives a number");
    }
    if (past) {
      score += 0.15;
      reasons.add("reports a past event");
    }
    if (negation != null) {
      score += 0.1;
      reasons.add("negation: " + negation);
    }
    if (comparison) {
      score += 0.1;
      reasons.add("comparison or change");
    }
    if (named) {
      score += 0.05;
      reasons.add("names a person, place or organisation");
    }
    switch (kind) {
      case ANONYMOUS_SOURCES -> {
        score += 0.15;
        reasons.add("attributed to unnamed sources");
      }
      case UNATTRIBUTED_REPORT -> {
        score += 0.15;
        reasons.add("attributed to unspecified reports");
      }
      case PERSON, ORGANIZATION -> {
        score += 0.05;
        reasons.add("attributed to a named source");
      }
      default -> {}
    }
    if (opinion) {
      score -= 0.15;
      reasons.add("opinion");
    }
    if (prediction) {
      score -= 0.1;
      reasons.add("prediction");
    }
    if (to > from && s.tokens[to - 1].equals("?")) {
      score -= 0.3;
      reasons.add("a question");
    }
    if (words < 4) {
      score -= 0.3;
      reasons.add("too short to check");
    }
    if (attribution == Attribution.DIRECT_QUOTE && !number && !past) {
      score -= 0.05;
    }
    return new Score(Math.max(0, Math.min(1, score)), reasons);
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // Tolerates repeated words, which a hand-kept list gathers.
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }
}
