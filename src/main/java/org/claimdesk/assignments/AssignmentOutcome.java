package org.claimdesk.assignments;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What became of one claim in a bulk or automatic assignment: its reviewer, or why none. */
public record AssignmentOutcome(
    long claimId, @Nullable String reviewer, @Nullable LocalDate dueDate, @Nullable String reason) {

  public boolean assigned() {
    return reviewer != null;
  }
}
