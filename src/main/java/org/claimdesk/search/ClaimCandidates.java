package org.claimdesk.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimStatus;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims whose statement and speaker share the most words with a text, ranked by BM25 over the
 * index (English analysis, so "rises" and "rising" share a stem). The first stage of matching: the
 * matcher re-ranks these. Read straight from the index, without loading the claims.
 *
 * <p>No method security here: the matcher calls it from services that check the caller, and from
 * the evaluation command, which runs with no signed-in person.
 */
@Component
public class ClaimCandidates {

  /** More candidates than this are never useful to a re-ranker and only cost time. */
  public static final int MAX_LIMIT = 1000;

  private static final String STATEMENT = "statement";

  /**
   * Query terms of a long text: its rarest ones (fewest claims have them), the others add little to
   * BM25's ranking and most of its cost, as common terms have the longest postings.
   */
  public static final int MAX_TERMS = 10;

  private static final Analyzer ENGLISH = EnglishAnalysis.english();

  private final EntityManager entityManager;
  private final boolean lucene;

  ClaimCandidates(EntityManager entityManager, Environment environment) {
    this.entityManager = entityManager;
    this.lucene = SearchBackendSettings.lucene(environment);
  }

  /** Up to {@code limit} claims, best first; none for a text with no searchable word. */
  @Transactional(readOnly = true)
  public List<ClaimCandidate> candidates(String text, int limit) {
    if (text.isBlank() || limit <= 0) {
      return List.of();
    }
    SearchSession session = Search.session(entityManager);
    String query = lucene ? rarestTerms(session, text) : text;
    return session
        .search(Claim.class)
        .select(
            f ->
                f.composite()
                    .from(
                        f.id(Long.class),
                        f.score(),
                        f.field("statement", String.class),
                        f.field("speaker", String.class),
                        f.field("status", ClaimStatus.class),
                        f.field("createdAt", Instant.class))
                    .asArray(
                        row ->
                            new ClaimCandidate(
                                (Long) row[0],
                                (Float) row[1],
                                (String) row[2],
                                (String) row[3],
                                (ClaimStatus) row[4],
                                (Instant) row[5])))
        .where(f -> f.match().field("statement").field("speaker").boost(0.5f).matching(query))
        .fetchHits(Math.min(limit, MAX_LIMIT));
  }

  /**
   * The text cut to its {@value #MAX_TERMS} terms that the fewest statements have, each as written
   * (the match analyses it to the same term again), in the text's order; a text with no more terms
   * than that as it is. The embedding re-ranks the candidates on the whole text.
   */
  static String rarestTerms(SearchSession session, String text) {
    Map<String, String> written = writtenTerms(text);
    if (written.size() <= MAX_TERMS) {
      return text;
    }
    Map<String, Integer> claimsWith = new HashMap<>();
    LuceneIndexScope scope = session.scope(Claim.class).extension(LuceneExtension.get());
    try (IndexReader reader = scope.openIndexReader()) {
      for (String term : written.keySet()) {
        claimsWith.put(term, reader.docFreq(new Term(STATEMENT, term)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the claim index", e);
    }
    // Terms no claim has (a new name, a typo) find nothing: they take no place in the query.
    List<String> terms =
        new ArrayList<>(written.keySet().stream().filter(t -> claimsWith.get(t) > 0).toList());
    if (terms.isEmpty()) {
      return text;
    }
    // Stable: of terms as rare as each other, the earlier ones stay.
    terms.sort(Comparator.comparingInt(claimsWith::get));
    Set<String> kept = new HashSet<>(terms.subList(0, Math.min(MAX_TERMS, terms.size())));
    StringJoiner query = new StringJoiner(" ");
    written.forEach(
        (term, word) -> {
          if (kept.contains(term)) {
            query.add(word);
          }
        });
    return query.toString();
  }

  /** Each term of the text (as the index analyses statements) with the text it came from. */
  static Map<String, String> writtenTerms(String text) {
    Map<String, String> terms = new LinkedHashMap<>();
    try (TokenStream stream = ENGLISH.tokenStream(STATEMENT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.putIfAbsent(
            term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
