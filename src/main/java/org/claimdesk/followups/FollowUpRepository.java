package org.claimdesk.followups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  List<FollowUp> findByStatusOrderByDueDateAscIdAsc(FollowUpStatus status);

  List<FollowUp> findByClaimIdOrderByDueDateAsc(long claimId);
}
