package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Counts the claims that match a filter, per status, in one grouped query. With no filter at all on
 * PostgreSQL the counts come from {@code claim_status_count}, which triggers keep (migrations
 * V0100, V0101): a handful of rows instead of every claim.
 */
@Component
class StatusCounts {

  private final EntityManager entityManager;
  private final boolean maintained;

  StatusCounts(EntityManager entityManager, Environment env) {
    this.entityManager = entityManager;
    this.maintained = env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
  }

  Map<ClaimStatus, Long> of(ClaimFilter filter) {
    if (maintained && narrowsNothing(filter)) {
      return maintainedCounts();
    }
    var cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
    var query = cb.createTupleQuery();
    var root = query.from(Claim.class);
    var predicate = ClaimSpecifications.matching(filter).toPredicate(root, query, cb);
    // count(*), not count(id): with an index on (filter column, status) PostgreSQL then counts
    // from the index alone instead of visiting every matching row (issue 12, million-claims.md)
    query.multiselect(root.get("status"), cb.count()).groupBy(root.get("status"));
    if (predicate != null) {
      query.where(predicate);
    }
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      counts.put(s, 0L);
    }
    for (Tuple row : entityManager.createQuery(query).getResultList()) {
      counts.put(row.get(0, ClaimStatus.class), row.get(1, Long.class));
    }
    return counts;
  }

  /** Whether the filter lets every claim through. */
  static boolean narrowsNothing(ClaimFilter filter) {
    return filter.statuses().isEmpty()
        && blank(filter.speaker())
        && blank(filter.assignee())
        && blank(filter.rating())
        && blank(filter.outlet())
        && filter.documentId() == null
        && filter.from() == null
        && filter.to() == null
        && blank(filter.text())
        && !filter.resurfaced();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private Map<ClaimStatus, Long> maintainedCounts() {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      counts.put(s, 0L);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery("select status, sum(delta) from claim_status_count group by status")
            .getResultList();
    for (Object[] row : rows) {
      counts.put(ClaimStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
