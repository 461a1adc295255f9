package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.claimdesk.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides what a claim's status becomes after work in other features, inside the transaction of
 * that work: if the claim cannot follow, the whole step is refused. Every consequence is in the one
 * switch below.
 */
@Component
class ClaimWorkflowListener {

  private final ApplicationEventPublisher events;

  // The claim is read straight from the persistence context, not through the repository: a bulk
  // assignment sends 10,000 events in one transaction, and the repository's interceptors on each
  // lookup (transaction, metadata, exception translation) cost more than the lookup.
  @PersistenceContext private EntityManager entityManager;

  ClaimWorkflowListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @EventListener
  void on(WorkOnClaim work) {
    Claim claim = entityManager.find(Claim.class, work.claimId());
    if (claim == null) {
      throw new UserFacingException("That claim no longer exists.");
    }
    ClaimStatus before = claim.getStatus();
    switch (work) {
      case VerdictProposed proposed -> claim.advanceTo(ClaimStatus.VERDICT_PROPOSED);
      case VerdictApproved approved -> claim.advanceTo(ClaimStatus.APPROVED);
      // A returned correction leaves the published verdict, and the claim's rating, in force.
      case VerdictReturned returned -> claim.advanceTo(ClaimStatus.IN_REVIEW);
      case VerdictPublished published -> {
        claim.advanceTo(ClaimStatus.PUBLISHED);
        claim.setCurrentRating(published.rating());
        claim.verdictPublishedAt(Instant.now());
      }
      case VerdictRetracted retracted -> {
        if (claim.getStatus() != ClaimStatus.REOPENED) {
          claim.advanceTo(ClaimStatus.REOPENED);
        }
        claim.setCurrentRating(null);
        claim.verdictPublishedAt(null);
      }
      case EvidenceAttached attached -> {
        // The assigned reviewer has started work; anybody else's evidence leaves the claim be.
        if (claim.getStatus() == ClaimStatus.ASSIGNED
            && claim.isAssignedTo(attached.attachedBy())) {
          claim.moveTo(ClaimStatus.IN_REVIEW, null);
        }
      }
      case ClaimAssigned assigned -> claim.assignTo(assigned.reviewer(), assigned.dueDate());
      case ClaimUnassigned unassigned -> claim.unassign();
    }
    if (claim.getStatus() != before && claim.getStatus().isClosed()) {
      events.publishEvent(new ClaimClosed(work.claimId(), claim.getStatus()));
    }
  }
}
