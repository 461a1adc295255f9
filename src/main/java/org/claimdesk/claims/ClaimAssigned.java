package org.claimdesk.claims;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published when a reviewer is assigned to a claim. */
public record ClaimAssigned(long claimId, String reviewer, @Nullable LocalDate dueDate) {}
