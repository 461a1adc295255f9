package org.claimdesk.notifications;

import java.util.List;
import org.claimdesk.ui.Inbox;
import org.springframework.stereotype.Component;

/** The bell's view of the signed-in person's notifications. */
@Component
class NotificationInbox implements Inbox {

  private final NotificationService notifications;

  NotificationInbox(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public long unreadCount() {
    return notifications.unreadCount();
  }

  @Override
  public List<Entry> newest(int limit) {
    return notifications.mine(limit).stream()
        .map(
            n ->
                new Entry(
                    n.message(), n.claimId() == null ? null : "claims/" + n.claimId(), n.read()))
        .toList();
  }

  @Override
  public void markAllRead() {
    notifications.markAllRead();
  }
}
