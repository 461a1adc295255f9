package org.claimdesk.evidence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

  /** With its {@code join fetch}, in one query. */
  @Query(
      "select e from Evidence e join fetch e.source where e.claimId = :claimId order by e.addedAt")
  List<Evidence> findByClaimIdOrderByAddedAtAsc(long claimId);

  List<Evidence> findByClaimIdAndSourceIdAndAddedByAndAddedAtAfter(
      long claimId, long sourceId, String addedBy, Instant after);
}
