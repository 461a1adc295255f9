package org.claimdesk.verdicts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

  /** A claim's verdicts, oldest first; written out so that it is translated once (api-speed.md). */
  @Query("select v from Verdict v where v.claimId = :claimId order by v.createdAt")
  List<Verdict> findByClaimIdOrderByCreatedAtAsc(long claimId);

  List<Verdict> findByStateOrderByCreatedAtAsc(VerdictState state);

  List<Verdict> findByStateOrderByCreatedAtAsc(VerdictState state, Pageable page);

  /**
   * The verdict, with its version raised at commit although nothing else changes on it (a
   * correction leaves the corrected verdict as it is): of two editors correcting the same verdict
   * at once, only one can commit.
   */
  @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
  @Query("select v from Verdict v where v.id = :id")
  Optional<Verdict> lockById(long id);

  /** The claim's verdict in force, if it has one. */
  Optional<Verdict> findByPublishedClaimId(long claimId);

  /** The claim's verdict on its way (proposed or approved), if it has one. */
  Optional<Verdict> findByPendingClaimId(long claimId);
}
