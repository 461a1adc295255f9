package org.claimdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry for people: who, when, what changed in words ("status: New → Accepted"), what it
 * links to, and its raw canonical JSON.
 */
public record AuditRow(
    long seq,
    Instant at,
    String actor,
    String kind,
    @Nullable String entity,
    @Nullable String entityId,
    String change,
    @Nullable Long claimId,
    @Nullable Long documentId,
    @Nullable String reason,
    String description,
    String json) {}
