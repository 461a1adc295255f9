package org.claimdesk.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.IngestMatching;
import org.claimdesk.nlp.Bm25Index;
import org.claimdesk.nlp.MatchRanking;
import org.claimdesk.nlp.SentenceEmbeddings;
import org.claimdesk.search.ClaimCandidate;
import org.claimdesk.search.ClaimCandidates;
import org.claimdesk.search.EnglishAnalysis;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingScale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the earlier claims a statement may be: BM25 candidates from the search index ({@link
 * ClaimCandidates}, the one place of lexical search), re-ranked with the stored sentence embeddings
 * ({@link MatchRanking}). At ingest it links an item to an earlier claim above the link threshold
 * and offers suggestions between the two thresholds, looking each item up once (see
 * docs/design-decisions/claim-matching.md).
 */
@Component
class ClaimMatcher implements IngestMatching {

  /** BM25 candidates the embeddings re-rank. */
  static final int CANDIDATES = 50;

  /** Suggestions kept per item. */
  static final int SUGGESTIONS = 3;

  /** The index's analysis, so that the shared terms shown are those the index matched on. */
  private static final Analyzer ENGLISH = EnglishAnalysis.english();

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final ClaimEmbeddingRepository embeddings;
  private final MatchSuggestionRepository suggestions;
  private final ClaimCandidates index;
  private final RatingScale ratings;
  private final SentenceEmbeddings model = SentenceEmbeddings.shared();
  private final MatchRanking ranking = new MatchRanking();
  private final double linkThreshold;
  private final double suggestThreshold;
  private final int minLinkWords;
  private final Duration maxLinkAge;
  private final AtomicLong lookups = new AtomicLong();
  private final LookupCpu cpu = new LookupCpu();
  private volatile boolean atIngest;

  ClaimMatcher(
      ClaimEmbeddingRepository embeddings,
      MatchSuggestionRepository suggestions,
      ClaimCandidates index,
      RatingScale ratings,
      @Value("${claimdesk.matching.link-threshold:0.90}") double linkThreshold,
      @Value("${claimdesk.matching.suggest-threshold:0.70}") double suggestThreshold,
      @Value("${claimdesk.matching.min-link-words:8}") int minLinkWords,
      @Value("${claimdesk.matching.max-link-age:P365D}") Duration maxLinkAge,
      @Value("${claimdesk.matching.at-ingest:true}") boolean atIngest) {
    if (suggestThreshold > linkThreshold) {
      throw new IllegalArgumentException(
          "claimdesk.matching.suggest-threshold must not be above claimdesk.matching.link-threshold");
    }
    this.embeddings = embeddings;
    this.suggestions = suggestions;
    this.index = index;
    this.ratings = ratings;
    this.linkThreshold = linkThreshold;
    this.suggestThreshold = suggestThreshold;
    this.minLinkWords = minLinkWords;
    this.maxLinkAge = maxLinkAge;
    this.atIngest = atIngest;
  }

  double suggestThreshold() {
    return suggestThreshold;
  }

  /** How many texts were looked up since start, so that tests can count them. */
  long lookups() {
    return lookups.get();
  }

  /** The best earlier claims for a text, best first, leaving out {@code excluded} claims. */
  List<ClaimMatch> match(
      String text,
      @Nullable String speaker,
      @Nullable LocalDate seenOn,
      int limit,
      Set<Long> excluded) {
    return match(text, embed(text), speaker, seenOn, limit, excluded);
  }

  /** The embedding a lookup of this text uses. */
  float[] embed(String text) {
    long mark = cpu.mark();
    float[] vector = model.embed(MatchRanking.matchable(text));
    cpu.add(LookupCpu.Part.EMBEDDING, mark);
    return vector;
  }

  /** As {@link #match(String, String, LocalDate, int, Set)}, with the text's embedding at hand. */
  List<ClaimMatch> match(
      String text,
      float[] query,
      @Nullable String speaker,
      @Nullable LocalDate seenOn,
      int limit,
      Set<Long> excluded) {
    lookups.incrementAndGet();
    long mark = cpu.mark();
    String matchable = MatchRanking.matchable(text);
    Map<Long, ClaimCandidate> found = new HashMap<>();
    for (ClaimCandidate c : index.candidates(matchable, CANDIDATES + excluded.size())) {
      // A dismissed claim (merged, or not worth checking) is never the one to link to.
      if (!excluded.contains(c.claimId()) && c.status() != ClaimStatus.DISMISSED) {
        found.put(c.claimId(), c);
      }
    }
    mark = cpu.add(LookupCpu.Part.BM25, mark);
    if (found.isEmpty()) {
      return List.of();
    }
    List<MatchRanking.Candidate> candidates = new ArrayList<>();
    for (Object[] e : embeddings.vectorsOf(found.keySet())) {
      ClaimCandidate c = found.get(((Number) e[0]).longValue());
      // An embedding made for an earlier wording waits for the embedder to catch up.
      if (c != null && c.statement().equals(e[1])) {
        candidates.add(
            new MatchRanking.Candidate(
                String.valueOf(c.claimId()),
                c.score(),
                ClaimEmbedding.decode((String) e[2]),
                null));
      }
    }
    mark = cpu.add(LookupCpu.Part.VECTORS, mark);
    List<Hit> best = new ArrayList<>();
    for (MatchRanking.Ranked r : ranking.rank(query, candidates)) {
      if (best.size() >= limit) {
        break;
      }
      best.add(new Hit(r, found.get(Long.parseLong(r.id()))));
    }
    mark = cpu.add(LookupCpu.Part.RANKING, mark);
    // The verdicts of the matches shown only, read together.
    List<Long> rated = new ArrayList<>();
    for (Hit hit : best) {
      if (mayHaveVerdict(hit.claim().status())) {
        rated.add(hit.claim().claimId());
      }
    }
    Map<Long, String> verdicts = publishedVerdicts(rated);
    mark = cpu.add(LookupCpu.Part.VERDICTS, mark);
    List<ClaimMatch> matches = new ArrayList<>();
    Map<String, Set<String>> stems = stemsOfWords(text);
    for (Hit hit : best) {
      ClaimCandidate c = hit.claim();
      matches.add(explain(stems, speaker, seenOn, c, verdicts.get(c.claimId()), hit.ranked()));
    }
    cpu.add(LookupCpu.Part.EXPLANATION, mark);
    return matches;
  }

  /** A ranked match with the search hit it came from. */
  private record Hit(MatchRanking.Ranked ranked, ClaimCandidate claim) {}

  /** The CPU time of the lookups' parts, for the benchmark: summed from now on. */
  void profile(boolean on) {
    if (on) {
      cpu.start();
    } else {
      cpu.stop();
    }
  }

  /** Nanoseconds of CPU per part of the lookups since {@code profile(true)}. */
  Map<String, Long> cpuByPart() {
    return cpu.byPart();
  }

  private ClaimMatch explain(
      Map<String, Set<String>> stemsOfText,
      @Nullable String speaker,
      @Nullable LocalDate seenOn,
      ClaimCandidate claim,
      @Nullable String verdict,
      MatchRanking.Ranked r) {
    List<String> shared = sharedWords(stemsOfText, claim.statement());
    LocalDate firstSeen = claim.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    double similarity = Math.max(0, Math.min(1, r.similarity()));
    String why =
        String.format(
            Locale.ROOT,
            "Similarity %.2f; shared terms: %s. This statement: %s, %s. Claim #%d: %s, first seen"
                + " %s, %s.",
            similarity,
            shared.isEmpty() ? "none" : String.join(", ", shared),
            speaker == null ? "no speaker" : speaker,
            seenOn == null ? "undated" : DAY.format(seenOn),
            claim.claimId(),
            claim.speaker() == null ? "no speaker" : claim.speaker(),
            DAY.format(firstSeen),
            verdict != null ? verdict : claim.status().label().toLowerCase(Locale.ROOT));
    return new ClaimMatch(
        claim.claimId(),
        claim.statement(),
        r.score(),
        similarity,
        shared,
        claim.speaker(),
        firstSeen,
        claim.status(),
        verdict,
        why);
  }

  private static boolean mayHaveVerdict(ClaimStatus status) {
    return status == ClaimStatus.PUBLISHED || status == ClaimStatus.REOPENED;
  }

  /** "rated False on 3 March 2026 by the desk" for each of these claims that has one in force. */
  private Map<Long, String> publishedVerdicts(List<Long> claimIds) {
    if (claimIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> result = new HashMap<>();
    for (Object[] v : embeddings.publishedVerdictsOf(claimIds)) {
      // The earliest first, as the claim page lists them: the first one found is the one shown.
      result.putIfAbsent(((Number) v[0]).longValue(), rated((Rating) v[1], (Instant) v[2]));
    }
    return result;
  }

  private String rated(Rating rating, Instant publishedAt) {
    return "rated "
        + ratings.current().label(rating)
        + " on "
        + DAY.format(publishedAt.atZone(ZoneOffset.UTC))
        + " by the desk";
  }

  /** "rated False on 3 March 2026 by the desk" for a claim with a published verdict. */
  @Nullable String publishedVerdict(ClaimSummary claim) {
    return publishedVerdict(claim.id(), claim.status());
  }

  private @Nullable String publishedVerdict(long claimId, ClaimStatus status) {
    return mayHaveVerdict(status) ? publishedVerdicts(List.of(claimId)).get(claimId) : null;
  }

  /** The words of the text whose stems the other statement also has, as written in the text. */
  static List<String> sharedWords(String text, String other) {
    return sharedWords(stemsOfWords(text), other);
  }

  /**
   * Each word of a text with its stems, in the text's order: analysed once per lookup rather than
   * once for every match explained.
   */
  static Map<String, Set<String>> stemsOfWords(String text) {
    Map<String, Set<String>> stems = new LinkedHashMap<>();
    for (String word : text.split("[^\\p{L}\\p{N}'’-]+")) {
      if (!word.isEmpty() && !stems.containsKey(word)) {
        stems.put(word, Bm25Index.terms(word, ENGLISH));
      }
    }
    return stems;
  }

  private static List<String> sharedWords(Map<String, Set<String>> stemsOfText, String other) {
    Set<String> theirs = Bm25Index.terms(other, ENGLISH);
    Set<String> words = new LinkedHashSet<>();
    for (var word : stemsOfText.entrySet()) {
      Set<String> stems = word.getValue();
      if (!stems.isEmpty() && theirs.containsAll(stems)) {
        words.add(word.getKey().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(words);
  }

  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  // --- at ingest ----------------------------------------------------------------------------

  /** What one lookup at ingest found: the best matches, the claim to link to, the embedding. */
  private record Found(
      Optional<Long> linkTarget, List<ClaimMatch> matches, float @Nullable [] embedding)
      implements IngestMatching.Found {}

  /**
   * Whether ingest looks items up ({@code claimdesk.matching.at-ingest}, on by default); off, every
   * item becomes a new claim and is neither looked up nor embedded (the benchmark's comparison).
   */
  void atIngest(boolean on) {
    atIngest = on;
  }

  @Override
  public IngestMatching.Found match(NewStatement s) {
    if (!atIngest) {
      return new Found(Optional.empty(), List.of(), null);
    }
    float[] embedding = embed(s.statement());
    List<ClaimMatch> best =
        match(s.statement(), embedding, s.speaker(), s.seenOn(), SUGGESTIONS, Set.of());
    return new Found(linkTarget(s, best), best, embedding);
  }

  private Optional<Long> linkTarget(NewStatement s, List<ClaimMatch> best) {
    if (words(s.statement()) < minLinkWords
        || best.isEmpty()
        || best.getFirst().similarity() < linkThreshold) {
      return Optional.empty();
    }
    ClaimMatch match = best.getFirst();
    LocalDate oldest = LocalDate.now(ZoneOffset.UTC).minusDays(maxLinkAge.toDays());
    if (match.firstSeen().isBefore(oldest)) {
      return Optional.empty();
    }
    return Optional.of(match.claimId());
  }

  @Override
  public void stored(
      long claimId, long itemId, NewStatement s, IngestMatching.Found found, boolean linked) {
    Found mine = (Found) found;
    float[] embedding = mine.embedding();
    if (linked || embedding == null) {
      return;
    }
    // The lookup ran before the new claim existed, so it is not among its own matches.
    for (ClaimMatch m : mine.matches()) {
      if (m.similarity() >= suggestThreshold && m.claimId() != claimId) {
        suggestions.save(new MatchSuggestion(itemId, claimId, m));
      }
    }
    embeddings.save(new ClaimEmbedding(claimId, s.statement(), embedding));
  }
}
