package org.claimdesk.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimdesk.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * Something one person should know, read or not. Not audited: it is a personal inbox, and what it
 * reports (an assignment) is audited where it happened.
 */
@Entity
@Table(name = "notification")
class Notification extends AbstractEntity {

  static final int MESSAGE_MAX_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "recipient", nullable = false, length = 64)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private NotificationKind kind;

  @Column(name = "message", nullable = false, length = MESSAGE_MAX_LENGTH)
  private String message;

  @Column(name = "claim_id")
  private @Nullable Long claimId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "read_at")
  private @Nullable Instant readAt;

  // Set on a sweep's notices ("overdue:claim 12:2026-12-01:rita"), so that each is stored once.
  @Column(name = "once_key", unique = true, length = 200)
  private @Nullable String onceKey;

  protected Notification() {
    this.recipient = "";
    this.kind = NotificationKind.ASSIGNED;
    this.message = "";
  }

  Notification(String recipient, NotificationKind kind, String message, @Nullable Long claimId) {
    this.recipient = recipient;
    this.kind = kind;
    this.message =
        message.length() > MESSAGE_MAX_LENGTH
            ? message.substring(0, MESSAGE_MAX_LENGTH - 1) + "…"
            : message;
    this.claimId = claimId;
  }

  Notification(
      String recipient,
      NotificationKind kind,
      String message,
      @Nullable Long claimId,
      @Nullable String onceKey) {
    this(recipient, kind, message, claimId);
    this.onceKey = onceKey;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  String getRecipient() {
    return recipient;
  }

  NotificationKind getKind() {
    return kind;
  }

  String getMessage() {
    return message;
  }

  @Nullable Long getClaimId() {
    return claimId;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  @Nullable Instant getReadAt() {
    return readAt;
  }

  void markRead() {
    if (readAt == null) {
      readAt = Instant.now();
    }
  }
}
