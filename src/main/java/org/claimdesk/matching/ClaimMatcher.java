package org.claimdesk.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.IngestMatching;
import org.claimdesk.nlp.Bm25Index;
import org.claimdesk.nlp.MatchRanking;
import org.claimdesk.nlp.SentenceEmbeddings;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the earlier claims a statement may be: BM25 candidates from an in-memory index of every
 * claim's statement, re-ranked with the stored sentence embeddings ({@link MatchRanking}). At
 * ingest it links an item to an earlier claim above the link threshold and offers suggestions
 * between the two thresholds (see docs/design-decisions/claim-matching.md).
 */
@Component
class ClaimMatcher implements IngestMatching {
  private static final Logger log = LoggerFactory.getLogger(ClaimMatcher.class);

  /** BM25 candidates the embeddings re-rank. */
  static final int CANDIDATES = 50;

  /** Suggestions kept per item. */
  static final int SUGGESTIONS = 3;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final ClaimEmbeddingRepository embeddings;
  private final MatchSuggestionRepository suggestions;
  private final ClaimService claims;
  private final VerdictService verdicts;
  private final RatingScale ratings;
  private final SentenceEmbeddings model = SentenceEmbeddings.shared();
  private final MatchRanking ranking = new MatchRanking();
  private final double linkThreshold;
  private final double suggestThreshold;
  private final int minLinkWords;
  private final Duration maxLinkAge;
  private volatile @Nullable Bm25Index index;

  ClaimMatcher(
      ClaimEmbeddingRepository embeddings,
      MatchSuggestionRepository suggestions,
      ClaimService claims,
      VerdictService verdicts,
      RatingScale ratings,
      @Value("${claimdesk.matching.link-threshold:0.90}") double linkThreshold,
      @Value("${claimdesk.matching.suggest-threshold:0.70}") double suggestThreshold,
      @Value("${claimdesk.matching.min-link-words:8}") int minLinkWords,
      @Value("${claimdesk.matching.max-link-age:P365D}") Duration maxLinkAge) {
    if (suggestThreshold > linkThreshold) {
      throw new IllegalArgumentException(
          "claimdesk.matching.suggest-threshold must not be above claimdesk.matching.link-threshold");
    }
    this.embeddings = embeddings;
    this.suggestions = suggestions;
    this.claims = claims;
    this.verdicts = verdicts;
    this.ratings = ratings;
    this.linkThreshold = linkThreshold;
    this.suggestThreshold = suggestThreshold;
    this.minLinkWords = minLinkWords;
    this.maxLinkAge = maxLinkAge;
  }

  double suggestThreshold() {
    return suggestThreshold;
  }

  /** The index, read from the stored statements on first use. */
  private Bm25Index index() {
    Bm25Index current = index;
    if (current == null) {
      synchronized (this) {
        current = index;
        if (current == null) {
          long started = System.nanoTime();
          current = Bm25Index.empty();
          for (Object[] row : embeddings.statements()) {
            current.put(String.valueOf(row[0]), (String) row[1]);
          }
          index = current;
          log.info(
              "Matching index holds {} claims ({} ms)",
              current.size(),
              (System.nanoTime() - started) / 1_000_000);
        }
      }
    }
    return current;
  }

  /** The best earlier claims for a text, best first, leaving out {@code excluded} claims. */
  List<ClaimMatch> match(
      String text,
      @Nullable String speaker,
      @Nullable LocalDate seenOn,
      int limit,
      Set<Long> excluded) {
    String matchable = MatchRanking.matchable(text);
    List<Bm25Index.Hit> hits = index().search(matchable, CANDIDATES + excluded.size());
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<Long, Double> bm25 = new HashMap<>();
    for (Bm25Index.Hit hit : hits) {
      long id = Long.parseLong(hit.id());
      if (!excluded.contains(id)) {
        bm25.put(id, hit.score());
      }
    }
    List<MatchRanking.Candidate> candidates = new ArrayList<>();
    Map<Long, String> statements = new HashMap<>();
    for (ClaimEmbedding e : embeddings.findAllById(bm25.keySet())) {
      candidates.add(
          new MatchRanking.Candidate(
              String.valueOf(e.claimId()), bm25.get(e.claimId()), e.vector(), null));
      statements.put(e.claimId(), e.statement());
    }
    float[] query = model.embed(matchable);
    List<MatchRanking.Ranked> ranked = ranking.rank(query, candidates);
    List<Long> top = new ArrayList<>();
    for (MatchRanking.Ranked r : ranked) {
      if (top.size() >= limit * 2) {
        break;
      }
      top.add(Long.parseLong(r.id()));
    }
    Map<Long, ClaimSummary> summaries = new HashMap<>();
    for (ClaimSummary s : claims.findAll(top)) {
      summaries.put(s.id(), s);
    }
    List<ClaimMatch> matches = new ArrayList<>();
    for (MatchRanking.Ranked r : ranked) {
      ClaimSummary claim = summaries.get(Long.parseLong(r.id()));
      // A dismissed claim (merged, or not worth checking) is never the one to link to.
      if (claim == null || claim.status() == ClaimStatus.DISMISSED) {
        continue;
      }
      matches.add(explain(text, speaker, seenOn, claim, statements.get(claim.id()), r));
      if (matches.size() >= limit) {
        break;
      }
    }
    return matches;
  }

  private ClaimMatch explain(
      String text,
      @Nullable String speaker,
      @Nullable LocalDate seenOn,
      ClaimSummary claim,
      String statement,
      MatchRanking.Ranked r) {
    List<String> shared = sharedWords(text, statement);
    LocalDate firstSeen = claim.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    String verdict = publishedVerdict(claim);
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
            claim.id(),
            claim.claimantName() == null ? "no speaker" : claim.claimantName(),
            DAY.format(firstSeen),
            verdict != null ? verdict : claim.status().label().toLowerCase(Locale.ROOT));
    return new ClaimMatch(
        claim.id(),
        claim.statement(),
        r.score(),
        similarity,
        shared,
        claim.claimantName(),
        firstSeen,
        claim.status(),
        verdict,
        why);
  }

  /** "rated False on 3 March 2026 by the desk" for a claim with a published verdict. */
  @Nullable String publishedVerdict(ClaimSummary claim) {
    if (claim.status() != ClaimStatus.PUBLISHED && claim.status() != ClaimStatus.REOPENED) {
      return null;
    }
    for (VerdictSummary v : verdicts.forClaim(claim.id())) {
      if (v.state() == VerdictState.PUBLISHED && v.publishedAt() != null) {
        return "rated "
            + ratings.current().label(v.rating())
            + " on "
            + DAY.format(v.publishedAt().atZone(ZoneOffset.UTC))
            + " by the desk";
      }
    }
    return null;
  }

  /** The words of the text whose stems the other statement also has, as written in the text. */
  static List<String> sharedWords(String text, String other) {
    Set<String> theirs = Bm25Index.terms(other);
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}'’-]+")) {
      Set<String> stems = Bm25Index.terms(word);
      if (!stems.isEmpty() && theirs.containsAll(stems)) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(words);
  }

  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  // --- at ingest ----------------------------------------------------------------------------

  @Override
  public Optional<Long> linkTarget(NewStatement s) {
    if (words(s.statement()) < minLinkWords) {
      return Optional.empty();
    }
    List<ClaimMatch> best = match(s.statement(), s.speaker(), s.seenOn(), 1, Set.of());
    if (best.isEmpty() || best.getFirst().similarity() < linkThreshold) {
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
  public void stored(long claimId, long itemId, NewStatement s, boolean linked) {
    if (linked) {
      return;
    }
    // Suggestions first, so that the new claim is not among its own candidates.
    for (ClaimMatch m : match(s.statement(), s.speaker(), s.seenOn(), SUGGESTIONS, Set.of())) {
      if (m.similarity() >= suggestThreshold && m.claimId() != claimId) {
        suggestions.save(new MatchSuggestion(itemId, claimId, m));
      }
    }
    remember(claimId, s.statement());
  }

  /** Stores a claim's embedding and adds it to the index once the transaction commits. */
  void remember(long claimId, String statement) {
    String matchable = MatchRanking.matchable(statement);
    embeddings.save(new ClaimEmbedding(claimId, statement, model.embed(matchable)));
    Bm25Index current = index();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              current.put(String.valueOf(claimId), statement);
            }
          });
    } else {
      current.put(String.valueOf(claimId), statement);
    }
  }
}
