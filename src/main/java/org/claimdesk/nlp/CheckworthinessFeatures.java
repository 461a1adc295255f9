package org.claimdesk.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in check-worthiness scorer: hand-picked signals that an editor can read back as reasons
 * ("gives a number", "negation: never"). Needs no training data; its signals are also inputs of the
 * trained {@link CheckworthinessModel}. Word lists live in {@code
 * src/main/resources/org/claimdesk/nlp/checkworthiness}, one word a line.
 */
final class CheckworthinessFeatures {
  static final double THRESHOLD = 0.5;

  /** The reasons that are also model inputs, in input order; a reason matches by its prefix. */
  static final List<String> SIGNALS =
      List.of(
          "gives a number",
          "names a year or date",
          "reports a past event",
          "negation",
          "comparison or change",
          "names a person, place or organisation",
          "attributed to unnamed sources",
          "attributed to unspecified reports",
          "attributed to a named source",
          "opinion",
          "prediction",
          "a question",
          "too short to check",
          "built-in score",
          "words");

  static final String LISTS = "/org/claimdesk/nlp/checkworthiness/";
  static final List<String> LIST_NAMES =
      List.of(
          "number-words",
          "negations",
          "comparisons",
          "predictions",
          "opinions",
          "irregular-past",
          "calendar");

  private static final Set<String> NUMBER_WORDS = list("number-words");
  private static final Set<String> NEGATIONS = list("negations");
  private static final Set<String> COMPARISONS = list("comparisons");
  private static final Set<String> PREDICTIONS = list("predictions");
  private static final Set<String> OPINIONS = list("opinions");
  private static final Set<String> IRREGULAR_PAST = list("irregular-past");
  private static final Set<String> CALENDAR = list("calendar");

  // An amount: "12", "1,200", "3.5", "$40", "10%", "1990s", "5bn". Not "28-point", "G7", "9/11".
  private static final Pattern AMOUNT =
      Pattern.compile("[$€£]?\\d[\\d,]*(\\.\\d+)?(%|s|bn|m|k|mn|tn)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");

  private CheckworthinessFeatures() {}

  record Score(double value, List<String> reasons) {
    Score {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The model inputs of a scored statement, one per entry of {@link #SIGNALS}: the reasons as 0/1,
   * the built-in score and the log of the number of words of the text.
   */
  static float[] signals(double value, List<String> reasons, String text) {
    float[] signals = new float[SIGNALS.size()];
    for (String reason : reasons) {
      for (int i = 0; i < SIGNALS.size(); i++) {
        if (reason.startsWith(SIGNALS.get(i))) {
          signals[i] = 1;
        }
      }
    }
    signals[SIGNALS.size() - 2] = (float) value;
    signals[SIGNALS.size() - 1] = (float) Math.log1p(wordCount(text));
    return signals;
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && text.charAt(i) == '\'');
    }
    return words;
  }

  static Score score(
      TaggedSentence s, int from, int to, SpeakerKind kind, Attribution attribution) {
    double score = 0.3;
    List<String> reasons = new ArrayList<>(5);
    boolean number = false;
    boolean date = false;
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
      String previous = i > from ? s.lower[i - 1] : "";
      String next = i + 1 < to ? s.lower[i + 1] : "";
      if (YEAR.matcher(w).matches()
          || ORDINAL.matcher(w).matches()
          || next.equals("o'clock")
          || (CALENDAR.contains(previous) && AMOUNT.matcher(w).matches())
          || (CALENDAR.contains(next) && AMOUNT.matcher(w).matches())) {
        date = true;
      } else if (countsAsNumber(w, tag, previous, next)) {
        number = true;
      }
      if ((tag.equals("VERB") || tag.equals("AUX"))
          && (IRREGULAR_PAST.contains(w) || w.endsWith("ed"))) {
        past = true;
      }
      if (negation == null && NEGATIONS.contains(w) && !(w.equals("no") && i == from)) {
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
      // "right now", "all right", "good morning" are not opinions.
      opinion |=
          OPINIONS.contains(w)
              && !(w.equals("right") && (!tag.equals("ADJ") || previous.equals("all")))
              && !(w.equals("good") && (next.equals("morning") || next.equals("evening")));
      named |= tag.equals("PROPN") && !CALENDAR.contains(w);
    }
    if (number) {
      score += 0.2;
      reasons.add("gives a number");
    }
    if (date) {
      reasons.add("names a year or date");
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

  // A quantity, not a label: "28-point plan", "number three", "one of them", "five point plan" and
  // "G7" give no number to check.
  private static boolean countsAsNumber(String w, String tag, String previous, String next) {
    if (w.equals("one") || previous.equals("number") || previous.equals("no.")) {
      return false;
    }
    // The tokenizer may split "30-second" into "30" and "-second", or "30", "-", "second".
    if (next.equals("point") || next.startsWith("-")) {
      return false;
    }
    if (AMOUNT.matcher(w).matches()) {
      return true;
    }
    if (hasDigit(w)) {
      // "28-point", "30-second", "COVID-19", "F-16": a digit inside a word is a name or a modifier.
      return false;
    }
    return NUMBER_WORDS.contains(w) || (tag.equals("NUM") && !w.contains("-"));
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** One word list from the resources: a word a line, read once when this class loads. */
  static Set<String> list(String name) {
    String resource = LISTS + name + ".txt";
    try (InputStream in = CheckworthinessFeatures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the classpath");
      }
      Set<String> words = new LinkedHashSet<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            words.add(line.trim());
          }
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the word list " + resource, e);
    }
  }
}
