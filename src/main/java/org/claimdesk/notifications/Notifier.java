package org.claimdesk.notifications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores a notification in the caller's transaction and, once that transaction has committed, hands
 * it to the e-mail delivery (which does nothing unless SMTP is configured).
 */
@Component
class Notifier {

  private final NotificationRepository notifications;
  private final NotificationMail mail;

  // New notifications go straight to the persistence context: automatic assignment stores one per
  // claim, 10,000 in a run, and the repository's per-call interceptors would cost more than the
  // insert.
  @PersistenceContext private EntityManager entityManager;

  Notifier(NotificationRepository notifications, NotificationMail mail) {
    this.notifications = notifications;
    this.mail = mail;
  }

  void tell(String recipient, NotificationKind kind, String message, @Nullable Long claimId) {
    store(new Notification(recipient, kind, message, claimId));
  }

  /** Tells once: nothing happens when a notification with {@code onceKey} was already stored. */
  boolean tellOnce(
      String recipient,
      NotificationKind kind,
      String message,
      @Nullable Long claimId,
      String onceKey) {
    if (notifications.existsByOnceKey(onceKey)) {
      return false;
    }
    store(new Notification(recipient, kind, message, claimId, onceKey));
    return true;
  }

  private void store(Notification n) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      entityManager.persist(n);
    } else {
      notifications.save(n);
    }
    if (!mail.enabled()) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              mail.send(n.getRecipient(), n.getKind(), n.getMessage(), n.getClaimId());
            }
          });
    } else {
      mail.send(n.getRecipient(), n.getKind(), n.getMessage(), n.getClaimId());
    }
  }
}
