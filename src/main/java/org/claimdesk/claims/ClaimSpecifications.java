package org.claimdesk.claims;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns a queue filter into a database query, so that filtering happens on the server. */
final class ClaimSpecifications {

  private ClaimSpecifications() {}

  static Specification<Claim> matching(ClaimFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!filter.statuses().isEmpty()) {
        where.add(root.get("status").in(filter.statuses()));
      }
      if (filter.speaker() != null && !filter.speaker().isBlank()) {
        where.add(cb.like(cb.lower(root.get("claimantName")), contains(filter.speaker())));
      }
      if (filter.assignee() != null && !filter.assignee().isBlank()) {
        where.add(cb.equal(root.get("assignee"), filter.assignee()));
      }
      if (filter.text() != null && !filter.text().isBlank()) {
        where.add(cb.like(cb.lower(root.get("statement")), contains(filter.text())));
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

  private static String contains(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
