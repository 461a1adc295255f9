package org.claimdesk.verdicts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictRepository extends JpaRepository<Verdict, Long> {

  List<Verdict> findByClaimIdOrderByCreatedAtAsc(long claimId);

  List<Verdict> findByStateOrderByCreatedAtAsc(VerdictState state);
}
