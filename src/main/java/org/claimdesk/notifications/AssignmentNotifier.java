package org.claimdesk.notifications;

import org.claimdesk.claims.ClaimAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a reviewer that a claim was assigned to them, in the same transaction as the assignment.
 */
@Component
class AssignmentNotifier {

  private final NotificationRepository notifications;

  AssignmentNotifier(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(ClaimAssigned assigned) {
    String due = assigned.dueDate() == null ? "" : ", due " + assigned.dueDate();
    notifications.save(
        new Notification(
            assigned.reviewer(),
            NotificationKind.ASSIGNED,
            "Claim #" + assigned.claimId() + " was assigned to you" + due + ".",
            assigned.claimId()));
  }
}
