package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Counts the claims that match a filter, per status, in one grouped query. */
@Component
class StatusCounts {

  private final EntityManager entityManager;

  StatusCounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Map<ClaimStatus, Long> of(ClaimFilter filter) {
    var cb = entityManager.getCriteriaBuilder();
    var query = cb.createTupleQuery();
    var root = query.from(Claim.class);
    var predicate = ClaimSpecifications.matching(filter).toPredicate(root, query, cb);
    query.multiselect(root.get("status"), cb.count(root)).groupBy(root.get("status"));
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
}
