package org.claimdesk.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.shared.DeskAccount;
import org.claimdesk.shared.DeskTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes ({@code claimdesk.notifications.sweep-interval}, 5 minutes): tells reviewers of
 * assignments due tomorrow and overdue, and people of their follow-ups due, each notice once; and
 * forgets notifications older than {@link #KEPT_DAYS} days.
 */
@Component
class NotificationSweep {

  static final int KEPT_DAYS = 90;

  private final AssignmentService assignments;
  private final FollowUpService followUps;
  private final Notifier notifier;
  private final NotificationRepository notifications;
  private final TransactionTemplate transaction;

  NotificationSweep(
      AssignmentService assignments,
      FollowUpService followUps,
      Notifier notifier,
      NotificationRepository notifications,
      TransactionTemplate transaction) {
    this.assignments = assignments;
    this.followUps = followUps;
    this.notifier = notifier;
    this.notifications = notifications;
    this.transaction = transaction;
  }

  @Scheduled(
      initialDelayString = "${claimdesk.notifications.sweep-delay:PT1M}",
      fixedDelayString = "${claimdesk.notifications.sweep-interval:PT5M}")
  void scheduled() {
    sweep(DeskTime.today(), Instant.now());
  }

  /** What one sweep did: notices stored and old notifications deleted. */
  record Result(int told, int purged) {}

  /** One sweep as on {@code today} at {@code now}. */
  Result sweep(LocalDate today, Instant now) {
    return DeskAccount.run(() -> transaction.execute(status -> once(today, now)));
  }

  private Result once(LocalDate today, Instant now) {
    LocalDate tomorrow = today.plusDays(1);
    int told = 0;
    for (AssignmentSummary a : assignments.openDueBy(tomorrow)) {
      long claim = a.claimId();
      if (a.dueDate().equals(tomorrow)) {
        told +=
            notifier.tellOnce(
                    a.reviewer(),
                    NotificationKind.DUE_TOMORROW,
                    "Claim #" + claim + " is due tomorrow, " + a.dueDate() + ".",
                    claim,
                    "due-tomorrow:" + a.id() + ":" + a.dueDate())
                ? 1
                : 0;
      } else if (a.dueDate().isBefore(today)) {
        told +=
            notifier.tellOnce(
                    a.reviewer(),
                    NotificationKind.OVERDUE,
                    "Claim #" + claim + " is overdue: it was due " + a.dueDate() + ".",
                    claim,
                    "overdue:" + a.id() + ":" + a.dueDate())
                ? 1
                : 0;
      }
    }
    int page = 0;
    Slice<FollowUpSummary> slice;
    do {
      slice = followUps.open(PageRequest.of(page++, 500));
      for (FollowUpSummary f : slice) {
        if (f.dueDate().isAfter(today)) {
          slice = null;
          break;
        }
        String who = f.assignee() != null ? f.assignee() : f.createdBy();
        told +=
            notifier.tellOnce(
                    who,
                    NotificationKind.FOLLOW_UP_DUE,
                    "A follow-up on claim #"
                        + f.claimId()
                        + " is due"
                        + (f.overdue() ? " since " + f.dueDate() : " today")
                        + ": "
                        + f.watchFor(),
                    f.claimId(),
                    "follow-up:" + f.id() + ":" + f.dueDate())
                ? 1
                : 0;
      }
    } while (slice != null && slice.hasNext());
    int purged = notifications.deleteOlderThan(now.minus(KEPT_DAYS, ChronoUnit.DAYS));
    return new Result(told, purged);
  }
}
