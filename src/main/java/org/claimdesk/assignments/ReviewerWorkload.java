package org.claimdesk.assignments;

/** One person's load: open assignments, due today, overdue, finished this week and capacity. */
public record ReviewerWorkload(
    String username,
    String displayName,
    long open,
    long dueToday,
    long overdue,
    long finishedThisWeek,
    int capacity) {}
