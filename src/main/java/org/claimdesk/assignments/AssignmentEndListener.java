package org.claimdesk.assignments;

import org.claimdesk.claims.ClaimClosed;
import org.claimdesk.claims.ClaimStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a claim's assignment when the claim is published (the work is done) or dismissed (the work
 * is no longer needed); with it end the reviewer's rights on the claim.
 */
@Component
class AssignmentEndListener {

  private final AssignmentRepository assignments;

  AssignmentEndListener(AssignmentRepository assignments) {
    this.assignments = assignments;
  }

  @EventListener
  void on(ClaimClosed closed) {
    assignments
        .findByActiveClaimId(closed.claimId())
        .ifPresent(
            a ->
                a.end(
                    closed.status() == ClaimStatus.PUBLISHED
                        ? AssignmentState.COMPLETED
                        : AssignmentState.CANCELLED));
  }
}
