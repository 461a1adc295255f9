package org.claimdesk.claims;

import org.jspecify.annotations.Nullable;

/** Published when a claim's public rating changes (a verdict published, corrected or retracted). */
public record ClaimRated(long claimId, @Nullable String rating) {}
