package org.claimdesk.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: the revisions every change to editorial data leaves behind. */
@Service
@Transactional(readOnly = true)
public class AuditService {

  private final AuditRevisionRepository revisions;

  AuditService(AuditRevisionRepository revisions) {
    this.revisions = revisions;
  }

  /** The newest revisions first. */
  @PreAuthorize("hasRole('AUDITOR')")
  public List<RevisionSummary> recent(int limit) {
    return revisions
        .findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, limit)))
        .map(RevisionSummary::of)
        .toList();
  }
}
