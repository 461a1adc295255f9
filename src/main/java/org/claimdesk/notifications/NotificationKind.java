package org.claimdesk.notifications;

/** What a notification tells its recipient. */
public enum NotificationKind {
  ASSIGNED
}
