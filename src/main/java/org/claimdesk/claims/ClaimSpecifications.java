package org.claimdesk.claims;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a queue filter into a database query, so that filtering happens on the server. With a text
 * filter the queue goes through the search index instead ({@link ClaimTextSearch}), which applies
 * every field of the filter too.
 */
final class ClaimSpecifications {

  private ClaimSpecifications() {}

  static Specification<Claim> matching(ClaimFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!filter.statuses().isEmpty()) {
        where.add(root.get("status").in(filter.statuses()));
      }
      if (present(filter.speaker())) {
        where.add(contains(cb, root.get("claimantName"), filter.speaker()));
      }
      if (present(filter.assignee())) {
        where.add(cb.equal(root.get("assignee"), filter.assignee().strip()));
      }
      if (present(filter.rating())) {
        where.add(cb.equal(root.get("currentRating"), filter.rating()));
      }
      if (present(filter.outlet())) {
        where.add(cb.equal(root.get("outlet"), filter.outlet().strip()));
      }
      if (filter.from() != null) {
        where.add(
            cb.greaterThanOrEqualTo(
                root.get("createdAt"),
                filter.from().atStartOfDay(ZoneId.systemDefault()).toInstant()));
      }
      if (filter.to() != null) {
        where.add(
            cb.lessThan(
                root.get("createdAt"),
                filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
      }
      if (present(filter.text())) {
        where.add(contains(cb, root.get("statement"), filter.text()));
      }
      if (filter.resurfaced()) {
        where.add(cb.isNotNull(root.get("seenAgainAt")));
      }
      if (filter.documentId() != null) {
        Subquery<Long> items = query.subquery(Long.class);
        var item = items.from(ClaimItem.class);
        items
            .select(item.get("claim").get("id"))
            .where(cb.equal(item.get("documentId"), filter.documentId()));
        where.add(root.get("id").in(items));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }

  private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return cb.like(cb.lower(column), "%" + escaped + "%", '\\');
  }
}
