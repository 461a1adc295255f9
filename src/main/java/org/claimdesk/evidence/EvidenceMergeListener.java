package org.claimdesk.evidence;

import org.claimdesk.claims.ClaimsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Evidence follows its claim's appearances when the claim is merged into another. */
@Component
class EvidenceMergeListener {

  private final EvidenceRepository evidence;

  EvidenceMergeListener(EvidenceRepository evidence) {
    this.evidence = evidence;
  }

  @EventListener
  void on(ClaimsMerged merged) {
    evidence
        .findByClaimIdOrderByAddedAtAsc(merged.mergedClaimId())
        .forEach(e -> e.moveTo(merged.keptClaimId()));
  }
}
