package org.claimdesk.followups;

/** Whether a follow-up is still open. */
public enum FollowUpStatus {
  OPEN,
  DONE,
  CANCELLED
}
