package org.claimdesk.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: the revisions every change to editorial data leaves behind. */
@Service
@Transactional(readOnly = true)
public class AuditService {

  private final AuditRevisionRepository revisions;
  private final ClaimHistory claimHistory;
  private final UserService users;

  AuditService(AuditRevisionRepository revisions, ClaimHistory claimHistory, UserService users) {
    this.revisions = revisions;
    this.claimHistory = claimHistory;
    this.users = users;
  }

  /** Who changed what on a claim and when, oldest first, in sentences. */
  @PreAuthorize(Roles.CAN_READ)
  public List<HistoryEntry> claimHistory(long claimId) {
    Map<String, String> names =
        users.listActiveUsers().stream()
            .collect(Collectors.toMap(UserSummary::username, UserSummary::displayName));
    return claimHistory.of(claimId, username -> names.getOrDefault(username, username));
  }

  /** The newest revisions first. */
  @PreAuthorize(Roles.IS_AUDITOR)
  public List<RevisionSummary> recent(int limit) {
    return revisions
        .findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, limit)))
        .map(RevisionSummary::of)
        .toList();
  }
}
