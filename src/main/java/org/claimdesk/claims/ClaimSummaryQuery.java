package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * A page of the queue read straight into {@link ClaimSummary} records: the summary's columns only,
 * and no managed {@link Claim} entities, whose building from the rows took most of a page's time
 * (docs/design-decisions/api-speed.md). Filter, sort and slice as Spring Data's {@code findBy}.
 */
@Component
class ClaimSummaryQuery {

  private final EntityManager entityManager;

  ClaimSummaryQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The page of claims that match, one more row read to tell whether another page follows. */
  Slice<ClaimSummary> page(Specification<Claim> matching, Pageable page) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ClaimSummary> query = cb.createQuery(ClaimSummary.class);
    Root<Claim> claim = selectSummaries(query, cb);
    Predicate where = matching.toPredicate(claim, query, cb);
    if (where != null) {
      query.where(where);
    }
    if (page.getSort().isSorted()) {
      query.orderBy(QueryUtils.toOrders(page.getSort(), claim, cb));
    }
    var typed = entityManager.createQuery(query);
    if (page.isPaged()) {
      typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize() + 1);
    }
    List<ClaimSummary> rows = typed.getResultList();
    boolean more = page.isPaged() && rows.size() > page.getPageSize();
    return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
  }

  /** The claims with these ids that exist, in the order of {@code ids}. */
  List<ClaimSummary> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ClaimSummary> query = cb.createQuery(ClaimSummary.class);
    Root<Claim> claim = selectSummaries(query, cb);
    query.where(claim.get("id").in(ids));
    Map<Long, ClaimSummary> byId = new HashMap<>();
    entityManager.createQuery(query).getResultList().forEach(c -> byId.put(c.id(), c));
    List<ClaimSummary> ordered = new ArrayList<>(byId.size());
    for (Long id : new LinkedHashSet<>(ids)) {
      ClaimSummary found = byId.get(id);
      if (found != null) {
        ordered.add(found);
      }
    }
    return ordered;
  }

  private static Root<Claim> selectSummaries(
      CriteriaQuery<ClaimSummary> query, CriteriaBuilder cb) {
    Root<Claim> claim = query.from(Claim.class);
    query.select(
        cb.construct(
            ClaimSummary.class,
            claim.get("id"),
            claim.get("version"),
            claim.get("statement"),
            claim.get("claimantName"),
            claim.get("claimantKind"),
            claim.get("status"),
            claim.get("statusReason"),
            claim.get("checkworthiness"),
            claim.get("assignee"),
            claim.get("dueDate"),
            claim.get("firstDocumentId"),
            claim.get("currentRating"),
            claim.get("outlet"),
            claim.get("createdAt"),
            claim.get("appearanceCount"),
            claim.get("lastSeenAt"),
            claim.get("lastSeenDocumentId"),
            claim.get("seenAgainAt"),
            claim.get("verdictPublishedAt")));
    return claim;
  }
}
