package org.claimdesk.evidence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

  @EntityGraph(attributePaths = "source")
  List<Evidence> findByClaimIdOrderByAddedAtAsc(long claimId);

  List<Evidence> findByClaimIdAndSourceIdAndAddedByAndAddedAtAfter(
      long claimId, long sourceId, String addedBy, Instant after);
}
