package org.claimdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a claim's history, written for people: who did what, when, and why. */
public record HistoryEntry(
    long revision, Instant at, String who, String what, @Nullable String reason) {}
