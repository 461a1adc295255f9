package org.claimdesk.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimStatus;
import org.hibernate.search.mapper.orm.Search;
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

  private final EntityManager entityManager;

  ClaimCandidates(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Up to {@code limit} claims, best first; none for a text with no searchable word. */
  @Transactional(readOnly = true)
  public List<ClaimCandidate> candidates(String text, int limit) {
    if (text.isBlank() || limit <= 0) {
      return List.of();
    }
    return Search.session(entityManager)
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
        .where(f -> f.match().field("statement").field("speaker").boost(0.5f).matching(text))
        .fetchHits(Math.min(limit, MAX_LIMIT));
  }
}
