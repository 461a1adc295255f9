package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The queue when its text filter is set: the whole filter runs in the search index, so that words
 * are matched as words (English stemming, "quoted phrases", {@code prefix*}), ranked, and fast on a
 * million claims, where a {@code like '%word%'} reads every statement. Every field of {@link
 * ClaimFilter} must be applied here as in {@link ClaimSpecifications}.
 */
@Component
class ClaimTextSearch {

  private static final AggregationKey<Map<ClaimStatus, Long>> BY_STATUS =
      AggregationKey.of("status");

  private final EntityManager entityManager;

  ClaimTextSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  static boolean applies(ClaimFilter filter) {
    return filter.text() != null && !filter.text().isBlank();
  }

  /**
   * Whether the counts by status are better taken from the index even without words: a speaker
   * ("contains") matches through a trigram index in the database, and counting a popular speaker's
   * claims there reads a table page for nearly every claim (37,576 claims, 8,860 pages for one
   * speaker of 300,000 claims), where the index counts them from its doc values.
   */
  static boolean countsInIndex(ClaimFilter filter) {
    return applies(filter) || present(filter.speaker());
  }

  /**
   * The ids of one page of the claims that match, in the page's order (best match first if
   * unsorted); the caller reads their rows from the database.
   */
  Slice<Long> pageIds(ClaimFilter filter, Pageable page) {
    List<Long> inDocument = claimsOfDocument(filter);
    List<Long> hits =
        Search.session(entityManager)
            .search(Claim.class)
            .select(f -> f.id(Long.class))
            .where(f -> predicate(f, filter, inDocument))
            .sort(f -> sort(f, page.getSort()))
            .fetchHits((int) page.getOffset(), page.getPageSize() + 1);
    boolean more = hits.size() > page.getPageSize();
    return new SliceImpl<>(more ? hits.subList(0, page.getPageSize()) : hits, page, more);
  }

  /** The ids of the matching claims above {@code afterId}, lowest first, at most {@code limit}. */
  List<Long> idsAfter(ClaimFilter filter, long afterId, int limit) {
    List<Long> inDocument = claimsOfDocument(filter);
    return Search.session(entityManager)
        .search(Claim.class)
        .select(f -> f.id(Long.class))
        .where(
            f ->
                f.and(predicate(f, filter, inDocument), f.range().field("id").greaterThan(afterId)))
        .sort(f -> f.field("id").asc())
        .fetchHits(limit);
  }

  /** How many claims match, per status. */
  Map<ClaimStatus, Long> countsByStatus(ClaimFilter filter) {
    List<Long> inDocument = claimsOfDocument(filter);
    var result =
        Search.session(entityManager)
            .search(Claim.class)
            .where(f -> predicate(f, filter, inDocument))
            .aggregation(
                BY_STATUS, f -> f.terms().field("status", ClaimStatus.class).maxTermCount(100))
            .fetch(0);
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      counts.put(s, 0L);
    }
    counts.putAll(result.aggregation(BY_STATUS));
    return counts;
  }

  /** The claims with an appearance in the filter's document: few, so asked of the database. */
  private List<Long> claimsOfDocument(ClaimFilter filter) {
    if (filter.documentId() == null) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "select distinct i.claim.id from ClaimItem i where i.documentId = :document",
            Long.class)
        .setParameter("document", filter.documentId())
        .getResultList();
  }

  private static PredicateFinalStep predicate(
      SearchPredicateFactory f, ClaimFilter filter, List<Long> inDocument) {
    List<PredicateFinalStep> where = new ArrayList<>();
    if (applies(filter)) {
      where.add(
          f.simpleQueryString()
              .field("statement")
              .matching(filter.text().strip())
              .defaultOperator(BooleanOperator.AND));
    }
    if (!filter.statuses().isEmpty()) {
      where.add(f.terms().field("status").matchingAny(List.copyOf(filter.statuses())));
    }
    if (present(filter.speaker())) {
      where.add(
          f.wildcard()
              .field("speaker_sort")
              .matching("*" + escapeWildcards(filter.speaker().strip()) + "*"));
    }
    if (present(filter.assignee())) {
      where.add(f.match().field("assignee").matching(filter.assignee().strip()));
    }
    if (present(filter.rating())) {
      where.add(f.match().field("rating").matching(filter.rating()));
    }
    if (present(filter.outlet())) {
      where.add(f.match().field("outlet").matching(filter.outlet().strip()));
    }
    if (filter.from() != null) {
      where.add(
          f.range()
              .field("createdAt")
              .atLeast(filter.from().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
    if (filter.to() != null) {
      where.add(
          f.range()
              .field("createdAt")
              .lessThan(filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
    if (filter.resurfaced()) {
      where.add(f.exists().field("seenAgainAt"));
    }
    if (filter.documentId() != null) {
      where.add(
          inDocument.isEmpty() ? f.matchNone() : f.terms().field("id").matchingAny(inDocument));
    }
    if (where.isEmpty()) {
      return f.matchAll();
    }
    var all = f.and();
    where.forEach(all::add);
    return all;
  }

  private static SortFinalStep sort(SearchSortFactory f, Sort sort) {
    if (sort.isUnsorted()) {
      return f.score();
    }
    var composite = f.composite();
    for (Sort.Order order : sort) {
      String field = sortField(order.getProperty());
      if (field == null) {
        continue;
      }
      var byField = f.field(field);
      composite.add(
          order.isAscending() ? byField.asc().missing().first() : byField.desc().missing().last());
    }
    composite.add(f.score());
    return composite;
  }

  /** The index field that sorts as the entity property does; null for one the index cannot sort. */
  private static @Nullable String sortField(String property) {
    return switch (property) {
      case "id",
          "createdAt",
          "updatedAt",
          "checkworthiness",
          "status",
          "dueDate",
          "assignee",
          "appearanceCount",
          "lastSeenAt",
          "seenAgainAt" ->
          property;
      case "statement" -> "statement_sort";
      case "claimantName" -> "speaker_sort";
      default -> null;
    };
  }

  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }

  private static String escapeWildcards(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("?", "\\?");
  }
}
