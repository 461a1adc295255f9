package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures the queue shows about a claim's appearances on the claim itself: in how many
 * documents it appeared, when and where it was last seen, and whether that was after its verdict
 * was published. Called inside the transaction that adds or moves appearances.
 */
@Component
class ClaimAppearances {

  private final EntityManager entityManager;

  ClaimAppearances(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** A claim made for its first appearance: no need to ask the database. */
  static void first(Claim claim, ClaimItem item) {
    claim.seen(1, item.getSeenAt(), item.getDocumentId());
  }

  /** Reads the claim's appearances again (after some were added or moved) and records the sums. */
  void recount(Claim claim) {
    if (claim.getId() == null) {
      return;
    }
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select i.documentId, i.seenAt from ClaimItem i where i.claim.id = :claim",
                Object[].class)
            .setParameter("claim", claim.getId())
            .getResultList();
    Set<Long> documents = new HashSet<>();
    @Nullable Instant last = null;
    @Nullable Long lastDocument = null;
    for (Object[] row : rows) {
      long document = (Long) row[0];
      Instant seen = (Instant) row[1];
      documents.add(document);
      if (seen != null && (last == null || !seen.isBefore(last))) {
        last = seen;
        lastDocument = document;
      }
    }
    claim.seen(documents.size(), last, lastDocument);
  }
}
