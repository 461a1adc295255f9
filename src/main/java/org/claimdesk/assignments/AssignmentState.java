package org.claimdesk.assignments;

/** Whether an assignment is the claim's current one. */
public enum AssignmentState {
  ACTIVE,
  COMPLETED,
  CANCELLED
}
