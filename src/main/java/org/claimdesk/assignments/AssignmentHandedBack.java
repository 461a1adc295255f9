package org.claimdesk.assignments;

/** A reviewer gave an assignment back ("I can't take this") with a reason. */
public record AssignmentHandedBack(
    long claimId, String reviewer, String assignedBy, String reason) {}
