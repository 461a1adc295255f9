package org.claimdesk.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.search.SearchResults.ClaimHit;
import org.claimdesk.search.SearchResults.DocumentHit;
import org.claimdesk.search.SearchResults.Facet;
import org.claimdesk.shared.TextInput;
import org.claimdesk.users.Roles;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search over claims and documents: words with English stemming, "quoted phrases",
 * highlighted snippets, and facets by status, speaker and outlet.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

  /** The longest query accepted (characters). */
  public static final int MAX_QUERY_LENGTH = 500;

  private static final int FACET_SIZE = 10;
  private static final String DOCUMENT_ENTITY = "DocumentText";
  private static final AggregationKey<Map<ClaimStatus, Long>> STATUSES =
      AggregationKey.of("statuses");
  private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speakers");
  private static final AggregationKey<Map<String, Long>> CLAIM_OUTLETS =
      AggregationKey.of("claimOutlets");
  private static final AggregationKey<Map<String, Long>> DOCUMENT_OUTLETS =
      AggregationKey.of("documentOutlets");

  private final EntityManager entityManager;
  private final IndexRebuild rebuild;

  SearchService(EntityManager entityManager, IndexRebuild rebuild) {
    this.entityManager = entityManager;
    this.rebuild = rebuild;
  }

  /**
   * Starts rebuilding the index from the database (the mass indexer), unless a rebuild runs; search
   * keeps working meanwhile, on what is indexed so far.
   */
  @PreAuthorize(Roles.IS_ADMIN)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public IndexProgress rebuildIndex() {
    rebuild.start();
    return rebuild.progress();
  }

  /** Where the running (or last) rebuild of the index stands. */
  @PreAuthorize(Roles.IS_ADMIN)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public IndexProgress indexProgress() {
    return rebuild.progress();
  }

  /** Claims and documents that match, best first; nothing for a blank query. */
  @PreAuthorize(Roles.CAN_READ)
  public SearchResults search(SearchQuery query) {
    String text = TextInput.optional(query.text(), "search", MAX_QUERY_LENGTH);
    if (text == null) {
      return SearchResults.none();
    }
    int limit = Math.clamp(query.limit(), 1, 200);
    SearchSession session = Search.session(entityManager);

    var claims =
        session
            .search(Claim.class)
            .select(
                f ->
                    f.composite()
                        .from(
                            f.id(Long.class),
                            f.field("statement", String.class),
                            f.highlight("statement"),
                            f.field("speaker", String.class),
                            f.field("status", ClaimStatus.class),
                            f.field("rating", String.class),
                            f.field("outlet", String.class))
                        .asArray(SearchService::claimHit))
            .where(f -> claimPredicate(f, text, query))
            .highlighter(
                h ->
                    h.plain()
                        .tag(Snippet.START, Snippet.END)
                        .fragmentSize(Claim.MAX_STATEMENT_LENGTH)
                        .numberOfFragments(1))
            .aggregation(
                STATUSES,
                f -> f.terms().field("status", ClaimStatus.class).maxTermCount(FACET_SIZE))
            .aggregation(
                SPEAKERS,
                f -> f.terms().field("speaker_facet", String.class).maxTermCount(FACET_SIZE))
            .aggregation(
                CLAIM_OUTLETS,
                f -> f.terms().field("outlet", String.class).maxTermCount(FACET_SIZE))
            .fetch(limit);

    List<DocumentHit> documents = List.of();
    long documentCount = 0;
    Map<String, Long> documentOutlets = Map.of();
    if (!query.narrowsToClaims()) {
      var found =
          session
              .search(session.scope(Object.class, DOCUMENT_ENTITY))
              .select(
                  f ->
                      f.composite()
                          .from(
                              f.id(Long.class),
                              f.field("title", String.class),
                              f.highlight("title").highlighter("title"),
                              f.field("outlet", String.class),
                              f.field("publishedDate", LocalDate.class),
                              f.highlight("text").highlighter("passages"))
                          .asArray(SearchService::documentHit))
              .where(f -> documentPredicate(f, text, query))
              .highlighter(
                  "passages", h -> h.unified().tag(Snippet.START, Snippet.END).numberOfFragments(3))
              .highlighter(
                  "title",
                  h ->
                      h.plain()
                          .tag(Snippet.START, Snippet.END)
                          .fragmentSize(1000)
                          .numberOfFragments(1))
              .aggregation(
                  DOCUMENT_OUTLETS,
                  f -> f.terms().field("outlet", String.class).maxTermCount(FACET_SIZE))
              .fetch(limit);
      documents = found.hits();
      documentCount = found.total().hitCount();
      documentOutlets = found.aggregation(DOCUMENT_OUTLETS);
    }

    return new SearchResults(
        claims.hits(),
        claims.total().hitCount(),
        documents,
        documentCount,
        facets(claims.aggregation(STATUSES)),
        facets(claims.aggregation(SPEAKERS)),
        facets(sum(claims.aggregation(CLAIM_OUTLETS), documentOutlets)));
  }

  private static PredicateFinalStep claimPredicate(
      SearchPredicateFactory f, String text, SearchQuery query) {
    var all =
        f.and()
            .add(
                f.simpleQueryString()
                    .field("statement")
                    .field("speaker")
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND));
    if (query.status() != null) {
      all.add(f.match().field("status").matching(query.status()));
    }
    if (query.speaker() != null) {
      all.add(f.match().field("speaker_facet").matching(query.speaker()));
    }
    if (query.outlet() != null) {
      all.add(f.match().field("outlet").matching(query.outlet()));
    }
    return all;
  }

  private static PredicateFinalStep documentPredicate(
      SearchPredicateFactory f, String text, SearchQuery query) {
    var all =
        f.and()
            .add(
                f.simpleQueryString()
                    .field("title")
                    .boost(2f)
                    .field("text")
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND));
    if (query.outlet() != null) {
      all.add(f.match().field("outlet").matching(query.outlet()));
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static ClaimHit claimHit(Object[] row) {
    List<String> highlighted = (List<String>) row[2];
    String statement = (String) row[1];
    return new ClaimHit(
        (Long) row[0],
        highlighted.isEmpty() ? Snippet.plain(statement) : Snippet.parse(highlighted.get(0)),
        (String) row[3],
        (ClaimStatus) row[4],
        (String) row[5],
        (String) row[6]);
  }

  @SuppressWarnings("unchecked")
  private static DocumentHit documentHit(Object[] row) {
    List<String> title = (List<String>) row[2];
    List<String> passages = (List<String>) row[5];
    return new DocumentHit(
        (Long) row[0],
        title.isEmpty() ? Snippet.plain((String) row[1]) : Snippet.parse(title.get(0)),
        (String) row[3],
        (LocalDate) row[4],
        passages.stream().map(Snippet::parse).toList());
  }

  private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> total = new LinkedHashMap<>(a);
    b.forEach((k, v) -> total.merge(k, v, Long::sum));
    return total;
  }

  private static <T> List<Facet<T>> facets(Map<T, Long> counts) {
    List<Facet<T>> facets = new ArrayList<>();
    counts.forEach((value, count) -> facets.add(new Facet<>(value, count)));
    facets.sort(Comparator.comparing((Facet<T> facet) -> facet.count()).reversed());
    return facets.size() > FACET_SIZE ? facets.subList(0, FACET_SIZE) : facets;
  }
}
