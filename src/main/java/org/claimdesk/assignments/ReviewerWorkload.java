package org.claimdesk.assignments;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person's load: open assignments, due today, overdue, finished this week, the average hours
 * from assignment to a published verdict (null when none was published lately), the soonest due
 * date and capacity.
 */
public record ReviewerWorkload(
    String username,
    String displayName,
    long open,
    long dueToday,
    long overdue,
    long finishedThisWeek,
    @Nullable Double averageHoursToVerdict,
    @Nullable LocalDate nextDue,
    int capacity) {}
