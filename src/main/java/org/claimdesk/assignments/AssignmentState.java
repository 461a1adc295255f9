package org.claimdesk.assignments;

/** Whether an assignment is the claim's current one, and if not, how it ended. */
public enum AssignmentState {
  ACTIVE,
  COMPLETED,
  CANCELLED,
  /** The reviewer gave it back ("I can't take this"), with a reason. */
  HANDED_BACK
}
