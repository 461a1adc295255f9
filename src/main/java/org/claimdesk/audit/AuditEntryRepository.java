package org.claimdesk.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/** Reads audit entries; deliberately has no save or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

  Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);

  List<AuditEntry> findByClaimIdAndSeqLessThanOrderBySeq(long claimId, long below);
}
