package org.claimdesk.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  Slice<FollowUp> findByStatusOrderByDueDateAscIdAsc(FollowUpStatus status, Pageable page);

  Slice<FollowUp> findByStatusAndDueDateBeforeOrderByDueDateAscIdAsc(
      FollowUpStatus status, LocalDate before, Pageable page);

  long countByStatusAndDueDateBefore(FollowUpStatus status, LocalDate before);

  /**
   * A claim's follow-ups, soonest first. Written out rather than derived from the name: a derived
   * query builds its criteria anew on every call, a written one is translated once (api-speed.md).
   */
  @Query("select f from FollowUp f where f.claimId = :claimId order by f.dueDate")
  List<FollowUp> findByClaimIdOrderByDueDateAsc(long claimId);

  List<FollowUp> findByClaimIdAndCreatedByAndCreatedAtAfter(
      long claimId, String createdBy, Instant after);
}
