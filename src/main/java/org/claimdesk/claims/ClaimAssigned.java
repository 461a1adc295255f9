package org.claimdesk.claims;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reviewer was assigned to a claim. */
public record ClaimAssigned(long claimId, String reviewer, @Nullable LocalDate dueDate)
    implements WorkOnClaim {}
