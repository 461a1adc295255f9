package org.claimdesk.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRevisionRepository extends JpaRepository<AuditRevision, Long> {

  Slice<AuditRevision> findAllByOrderByIdDesc(Pageable pageable);
}
