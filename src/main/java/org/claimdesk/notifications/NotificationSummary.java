package org.claimdesk.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification as the bell and the API show it. */
public record NotificationSummary(
    long id,
    NotificationKind kind,
    String message,
    @Nullable Long claimId,
    Instant createdAt,
    boolean read) {

  static NotificationSummary of(Notification n) {
    return new NotificationSummary(
        n.getId() == null ? 0 : n.getId(),
        n.getKind(),
        n.getMessage(),
        n.getClaimId(),
        n.getCreatedAt(),
        n.getReadAt() != null);
  }
}
