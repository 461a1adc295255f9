package org.claimdesk.notifications;

import java.util.List;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own notifications: the newest first, the unread count, marking them read. */
@Service
@Transactional
public class NotificationService {

  private final NotificationRepository notifications;

  NotificationService(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /** The signed-in person's newest notifications, at most {@code limit}. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<NotificationSummary> mine(int limit) {
    return notifications
        .findByRecipientOrderByCreatedAtDescIdDesc(
            CurrentUser.require(), PageRequest.of(0, Math.clamp(limit, 1, 200)))
        .stream()
        .map(NotificationSummary::of)
        .toList();
  }

  /** How many of the signed-in person's notifications are unread: the bell's count. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public long unreadCount() {
    return notifications.countByRecipientAndReadAtIsNull(CurrentUser.require());
  }

  /** Marks one of the signed-in person's notifications read. */
  @PreAuthorize(Roles.CAN_READ)
  public NotificationSummary markRead(long notificationId) {
    Notification n =
        notifications
            .findById(notificationId)
            .filter(x -> x.getRecipient().equals(CurrentUser.require()))
            .orElseThrow(() -> new UserFacingException("You have no such notification."));
    n.markRead();
    return NotificationSummary.of(n);
  }

  /** Marks all the signed-in person's notifications read; answers how many were unread. */
  @PreAuthorize(Roles.CAN_READ)
  public int markAllRead() {
    List<Notification> unread = notifications.findByRecipientAndReadAtIsNull(CurrentUser.require());
    unread.forEach(Notification::markRead);
    return unread.size();
  }
}
