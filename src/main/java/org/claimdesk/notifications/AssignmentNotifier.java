package org.claimdesk.notifications;

import org.claimdesk.assignments.AssignmentHandedBack;
import org.claimdesk.claims.ClaimAssigned;
import org.claimdesk.claims.VerdictApproved;
import org.claimdesk.claims.VerdictPublished;
import org.claimdesk.claims.VerdictReturned;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about work in the same transaction as the work: a reviewer that a claim was assigned
 * to them and what became of their verdict; an editor that a claim they assigned was handed back.
 */
@Component
class AssignmentNotifier {

  private final Notifier notifier;
  private final VerdictService verdicts;

  AssignmentNotifier(Notifier notifier, VerdictService verdicts) {
    this.notifier = notifier;
    this.verdicts = verdicts;
  }

  @EventListener
  void on(ClaimAssigned assigned) {
    String due = assigned.dueDate() == null ? "" : ", due " + assigned.dueDate();
    notifier.tell(
        assigned.reviewer(),
        NotificationKind.ASSIGNED,
        "Claim #" + assigned.claimId() + " was assigned to you" + due + ".",
        assigned.claimId());
  }

  @EventListener
  void on(AssignmentHandedBack back) {
    notifier.tell(
        back.assignedBy(),
        NotificationKind.HANDED_BACK,
        back.reviewer() + " handed claim #" + back.claimId() + " back: " + back.reason(),
        back.claimId());
  }

  @EventListener
  void on(VerdictReturned returned) {
    toAuthor(
        returned.verdictId(),
        NotificationKind.VERDICT_RETURNED,
        "Your verdict on claim #" + returned.claimId() + " was returned: " + returned.comment());
  }

  @EventListener
  void on(VerdictApproved approved) {
    toAuthor(
        approved.verdictId(),
        NotificationKind.VERDICT_APPROVED,
        "Your verdict on claim #" + approved.claimId() + " was approved.");
  }

  @EventListener
  void on(VerdictPublished published) {
    toAuthor(
        published.verdictId(),
        NotificationKind.VERDICT_PUBLISHED,
        "Your verdict on claim #" + published.claimId() + " was published.");
  }

  private void toAuthor(long verdictId, NotificationKind kind, String message) {
    verdicts
        .find(verdictId)
        .ifPresent((VerdictSummary v) -> notifier.tell(v.author(), kind, message, v.claimId()));
  }
}
