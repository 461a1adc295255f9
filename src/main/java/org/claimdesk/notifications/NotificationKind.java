package org.claimdesk.notifications;

/** What a notification tells its recipient. */
public enum NotificationKind {
  /** A claim was assigned to you. */
  ASSIGNED,
  /** An assignment of yours is due tomorrow. */
  DUE_TOMORROW,
  /** An assignment of yours is past its due date. */
  OVERDUE,
  /** A reviewer handed back a claim you assigned. */
  HANDED_BACK,
  /** An editor returned your proposed verdict with a comment. */
  VERDICT_RETURNED,
  /** Your verdict was approved. */
  VERDICT_APPROVED,
  /** Your verdict was published. */
  VERDICT_PUBLISHED,
  /** A follow-up of yours is due. */
  FOLLOW_UP_DUE
}
