package org.claimdesk.assignments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  Optional<Assignment> findByActiveClaimId(long claimId);

  List<Assignment> findByReviewerAndStateOrderByDueDateAsc(String reviewer, AssignmentState state);
}
