package org.claimdesk.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  /**
   * Per reviewer with open work: open assignments, due on {@code today}, due before it, the soonest
   * due date.
   */
  @Query(
      "select a.reviewer, count(a),"
          + " sum(case when a.dueDate = :today then 1 else 0 end),"
          + " sum(case when a.dueDate < :today then 1 else 0 end), min(a.dueDate)"
          + " from Assignment a where a.state = org.claimdesk.assignments.AssignmentState.ACTIVE"
          + " group by a.reviewer")
  List<Object[]> openLoads(@Param("today") LocalDate today);

  /** Per reviewer: assignments completed since a moment. */
  @Query(
      "select a.reviewer, count(a) from Assignment a"
          + " where a.state = org.claimdesk.assignments.AssignmentState.COMPLETED"
          + " and a.endedAt >= :since group by a.reviewer")
  List<Object[]> finishedSince(@Param("since") Instant since);

  Optional<Assignment> findByActiveClaimId(long claimId);

  List<Assignment> findByReviewerAndStateOrderByDueDateAsc(String reviewer, AssignmentState state);

  List<Assignment> findByStateAndDueDateLessThanEqualOrderByDueDateAsc(
      AssignmentState state, LocalDate day);

  /** Per reviewer: the average seconds from assignment to a published verdict, since a moment. */
  @Query(
      "select a.reviewer, avg((a.endedAt - a.assignedAt) by second) from Assignment a"
          + " where a.state = org.claimdesk.assignments.AssignmentState.COMPLETED"
          + " and a.endedAt >= :since group by a.reviewer")
  List<Object[]> averageSecondsToVerdict(@Param("since") Instant since);
}
