package org.claimdesk.assignments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewerConflictRepository extends JpaRepository<ReviewerConflict, Long> {

  Optional<ReviewerConflict> findByReviewerAndPartyKey(String reviewer, String partyKey);

  List<ReviewerConflict> findByReviewerOrderByPartyAsc(String reviewer);
}
