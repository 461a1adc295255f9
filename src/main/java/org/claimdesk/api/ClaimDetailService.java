package org.claimdesk.api;

import java.util.List;
import java.util.Optional;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.EvidenceSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.users.Roles;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything {@code GET /api/v1/claims/{id}} answers, read in one read-only transaction: one
 * connection and one snapshot of the claim, its appearances, evidence, verdicts, follow-ups,
 * assignment and history, instead of seven transactions that could each see a different moment.
 */
@Service
@Transactional(readOnly = true)
public class ClaimDetailService {

  private final ClaimService claims;
  private final EvidenceService evidence;
  private final VerdictService verdicts;
  private final FollowUpService followUps;
  private final AssignmentService assignments;
  private final AuditService audit;

  ClaimDetailService(
      ClaimService claims,
      EvidenceService evidence,
      VerdictService verdicts,
      FollowUpService followUps,
      AssignmentService assignments,
      AuditService audit) {
    this.claims = claims;
    this.evidence = evidence;
    this.verdicts = verdicts;
    this.followUps = followUps;
    this.assignments = assignments;
    this.audit = audit;
  }

  /** A claim and everything its page shows. */
  public record Detail(
      ClaimSummary claim,
      List<ClaimItemView> appearances,
      List<EvidenceSummary> evidence,
      List<VerdictSummary> verdicts,
      List<FollowUpSummary> followUps,
      @Nullable AssignmentSummary assignment,
      List<HistoryEntry> history) {}

  /** The claim with everything its page shows, or empty when there is no such claim. */
  @PreAuthorize(Roles.CAN_READ)
  public Optional<Detail> detail(long claimId) {
    return claims
        .find(claimId)
        .map(
            claim ->
                new Detail(
                    claim,
                    claims.appearances(claimId),
                    evidence.forClaim(claimId),
                    verdicts.forClaim(claimId),
                    followUps.forClaim(claimId),
                    assignments.activeFor(claimId).orElse(null),
                    audit.claimHistory(claimId)));
  }
}
