package org.claimdesk.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimEmbeddingRepository extends JpaRepository<ClaimEmbedding, Long> {
  /** Claim id and statement of every stored embedding, to build the matching index. */
  @Query("select e.claimId, e.statement from ClaimEmbedding e")
  List<Object[]> statements();
}
