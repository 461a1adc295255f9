package org.claimdesk.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingMatchRepository extends JpaRepository<PendingMatch, Long> {

  /** The queued items after {@code afterItemId}, oldest first. */
  List<PendingMatch> findByItemIdGreaterThanOrderByItemIdAsc(long afterItemId, Limit limit);

  /** Id and current statement of these claims. */
  @Query("select c.id, c.statement from Claim c where c.id in :claimIds")
  List<Object[]> statementsOf(Collection<Long> claimIds);

  /** Takes an item off the queue; 0 when another pass took it first. */
  @Modifying
  @Query("delete from PendingMatch p where p.itemId = :itemId")
  int take(long itemId);

  /**
   * Drops a queued claim's embedding (the catch-up at start may have made one), so that the claim
   * is matched as a new one and is not found as its own match.
   */
  @Modifying
  @Query("delete from ClaimEmbedding e where e.claimId = :claimId")
  int forgetEmbedding(long claimId);
}
