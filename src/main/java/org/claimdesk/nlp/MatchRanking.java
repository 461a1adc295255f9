package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Re-ranks BM25 candidates for a new statement with sentence embeddings. The score is a weighted
 * sum, measured on the CheckThat! 2022 task 2A training and development data against reciprocal
 * rank fusion (see docs/design-decisions/claim-matching.md): the cosine similarity with the
 * candidate's statement, plus a share of the similarity with its title (when it has one), plus a
 * share of its BM25 score relative to the best candidate's.
 */
public final class MatchRanking {

  /** How the three signals add up. */
  public record Weights(double statement, double title, double bm25) {
    /** The weights chosen on the training and development queries. */
    public static final Weights TUNED = new Weights(1.0, 0.2, 0.4);
  }

  /** One candidate: its BM25 score (0 when only the embeddings found it) and its embeddings. */
  public record Candidate(String id, double bm25, float[] statement, float @Nullable [] title) {}

  /**
   * A ranked candidate: the combined score, the cosine similarity of the statements and the BM25
   * score relative to the best candidate's (0 to 1).
   */
  public record Ranked(String id, double score, double similarity, double lexical) {}

  private static final Pattern LINK = Pattern.compile("(?:https?://|pic\\.twitter\\.com/)\\S+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  // A hashtag or handle, not the @ of an e-mail address.
  private static final Pattern TAG = Pattern.compile("(?<!\\w)[#@](\\w+)");
  // Where a run-together tag changes word: lower to upper case, letters to digits, an underscore.
  private static final Pattern WORD_JOIN =
      Pattern.compile(
          "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})"
              + "|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|_");

  private final Weights weights;

  public MatchRanking(Weights weights) {
    this.weights = weights;
  }

  public MatchRanking() {
    this(Weights.TUNED);
  }

  /**
   * The text as it is matched: links removed (they say nothing of the claim), hashtags and handles
   * split into their words ("#COVID19" becomes "COVID 19", "@RealDonaldTrump" "Real Donald Trump"),
   * which the index and the model then know, and spaces folded.
   */
  public static String matchable(String text) {
    if (text == null) {
      return "";
    }
    String withoutLinks = LINK.matcher(text).replaceAll(" ");
    String words =
        TAG.matcher(withoutLinks)
            .replaceAll(
                tag -> Matcher.quoteReplacement(WORD_JOIN.matcher(tag.group(1)).replaceAll(" ")));
    return SPACE.matcher(words).replaceAll(" ").strip();
  }

  /** The candidates ranked for the query's embedding, best first. */
  public List<Ranked> rank(float[] query, List<Candidate> candidates) {
    double best = 0;
    for (Candidate c : candidates) {
      best = Math.max(best, c.bm25());
    }
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      double similarity = dot(query, c.statement());
      double title = c.title() == null ? 0 : dot(query, c.title());
      double lexical = best == 0 ? 0 : c.bm25() / best;
      double score =
          weights.statement() * similarity + weights.title() * title + weights.bm25() * lexical;
      ranked.add(new Ranked(c.id(), score, similarity, lexical));
    }
    ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::id));
    return ranked;
  }

  /**
   * Reciprocal rank fusion of the BM25 order and the embedding order (k = 10), kept as the measured
   * alternative to the weighted sum.
   */
  public static List<Ranked> reciprocalRankFusion(float[] query, List<Candidate> candidates) {
    int n = candidates.size();
    List<Candidate> byBm25 = new ArrayList<>(candidates);
    byBm25.sort(Comparator.comparingDouble(Candidate::bm25).reversed());
    List<Candidate> byCosine = new ArrayList<>(candidates);
    byCosine.sort(
        Comparator.comparingDouble((Candidate c) -> dot(query, c.statement())).reversed());
    List<Ranked> ranked = new ArrayList<>(n);
    for (Candidate c : candidates) {
      int lexicalRank = c.bm25() > 0 ? byBm25.indexOf(c) + 1 : 1000;
      int semanticRank = byCosine.indexOf(c) + 1;
      double score = 1.0 / (10 + lexicalRank) + 1.0 / (10 + semanticRank);
      ranked.add(new Ranked(c.id(), score, dot(query, c.statement()), c.bm25()));
    }
    ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::id));
    return ranked;
  }

  /** The dot product, which is the cosine similarity for the unit vectors of the embeddings. */
  public static double dot(float[] a, float[] b) {
    int n = Math.min(a.length, b.length);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
