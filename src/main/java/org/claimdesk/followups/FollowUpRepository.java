package org.claimdesk.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  Slice<FollowUp> findByStatusOrderByDueDateAscIdAsc(FollowUpStatus status, Pageable page);

  Slice<FollowUp> findByStatusAndDueDateBeforeOrderByDueDateAscIdAsc(
      FollowUpStatus status, LocalDate before, Pageable page);

  long countByStatusAndDueDateBefore(FollowUpStatus status, LocalDate before);

  List<FollowUp> findByClaimIdOrderByDueDateAsc(long claimId);

  List<FollowUp> findByClaimIdAndCreatedByAndCreatedAtAfter(
      long claimId, String createdBy, Instant after);
}
