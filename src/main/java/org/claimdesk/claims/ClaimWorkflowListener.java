package org.claimdesk.claims;

import org.claimdesk.shared.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the consequences of work in other features to the claim, inside the transaction of that
 * work: if the claim cannot follow, the whole step is refused.
 */
@Component
class ClaimWorkflowListener {

  private final ClaimRepository claims;

  ClaimWorkflowListener(ClaimRepository claims) {
    this.claims = claims;
  }

  @EventListener
  void on(ClaimProgressed event) {
    load(event.claimId()).advanceTo(event.status());
  }

  @EventListener
  void on(ClaimAssigned event) {
    Claim claim = load(event.claimId());
    if (claim.getStatus() != ClaimStatus.ASSIGNED) {
      claim.advanceTo(ClaimStatus.ASSIGNED);
    }
    claim.setAssignee(event.reviewer(), event.dueDate());
  }

  @EventListener
  void on(ClaimUnassigned event) {
    Claim claim = load(event.claimId());
    claim.setAssignee(null, null);
    if (claim.getStatus() == ClaimStatus.ASSIGNED) {
      claim.moveTo(ClaimStatus.ACCEPTED, null);
    }
  }

  @EventListener
  void on(ClaimRated event) {
    load(event.claimId()).setCurrentRating(event.rating());
  }

  private Claim load(long claimId) {
    return claims
        .findById(claimId)
        .orElseThrow(() -> new UserFacingException("That claim no longer exists."));
  }
}
