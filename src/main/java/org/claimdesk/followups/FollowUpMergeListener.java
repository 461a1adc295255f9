package org.claimdesk.followups;

import org.claimdesk.claims.ClaimsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Follow-ups follow their claim's appearances when the claim is merged into another. */
@Component
class FollowUpMergeListener {

  private final FollowUpRepository followUps;

  FollowUpMergeListener(FollowUpRepository followUps) {
    this.followUps = followUps;
  }

  @EventListener
  void on(ClaimsMerged merged) {
    followUps
        .findByClaimIdOrderByDueDateAsc(merged.mergedClaimId())
        .forEach(f -> f.moveTo(merged.keptClaimId()));
  }
}
