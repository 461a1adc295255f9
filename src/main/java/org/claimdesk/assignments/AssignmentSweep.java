package org.claimdesk.assignments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimdesk.claims.ClaimClosed;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.ClaimUnassigned;
import org.claimdesk.shared.DeskAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the desk has "auto-assign new accepted claims" switched on, assigns the accepted claims that
 * wait for a reviewer: every few minutes ({@code claimdesk.assignments.sweep-interval}, 5 minutes),
 * and soon after somebody may have room again (an assignment ended or was handed back), checked
 * every {@code claimdesk.assignments.sweep-poll} (15 s).
 */
@Component
class AssignmentSweep {

  private static final Logger LOG = LoggerFactory.getLogger(AssignmentSweep.class);

  /** The most waiting claims one sweep assigns. */
  static final int MAX_CLAIMS = 10_000;

  private final AssignmentService assignments;
  private final ClaimService claims;
  private final AtomicBoolean wanted = new AtomicBoolean();

  AssignmentSweep(AssignmentService assignments, ClaimService claims) {
    this.assignments = assignments;
    this.claims = claims;
  }

  /** Asks for a sweep soon, e.g. because a person now has room. */
  void request() {
    wanted.set(true);
  }

  @TransactionalEventListener
  void on(ClaimUnassigned unassigned) {
    request();
  }

  @TransactionalEventListener
  void on(ClaimClosed closed) {
    request();
  }

  @TransactionalEventListener
  void on(AssignmentHandedBack back) {
    request();
  }

  @Scheduled(
      initialDelayString = "${claimdesk.assignments.sweep-delay:PT1M}",
      fixedDelayString = "${claimdesk.assignments.sweep-interval:PT5M}")
  void scheduled() {
    wanted.set(false);
    sweepQuietly();
  }

  @Scheduled(
      initialDelayString = "${claimdesk.assignments.sweep-delay:PT1M}",
      fixedDelayString = "${claimdesk.assignments.sweep-poll:PT15S}")
  void whenRequested() {
    if (wanted.getAndSet(false)) {
      sweepQuietly();
    }
  }

  private void sweepQuietly() {
    try {
      List<AssignmentOutcome> done = sweep();
      long assigned = done.stream().filter(AssignmentOutcome::assigned).count();
      if (assigned > 0) {
        LOG.info("The assignment sweep assigned {} of {} waiting claims", assigned, done.size());
      }
    } catch (RuntimeException e) {
      LOG.warn("The assignment sweep failed; it runs again in a few minutes", e);
    }
  }

  /**
   * Assigns the waiting accepted claims automatically when the desk's switch is on; answers the
   * outcomes (none when it is off or nothing waits).
   */
  List<AssignmentOutcome> sweep() {
    return DeskAccount.run(
        () -> {
          if (!assignments.autoAssignsAccepted()) {
            return List.of();
          }
          List<Long> waiting = waiting();
          return waiting.isEmpty() ? List.of() : assignments.assignAutomatically(waiting);
        });
  }

  private List<Long> waiting() {
    List<Long> ids = new ArrayList<>();
    int page = 0;
    Slice<ClaimSummary> slice;
    do {
      slice =
          claims.queue(
              ClaimFilter.all().withStatuses(Set.of(ClaimStatus.ACCEPTED)),
              PageRequest.of(page++, 1000, Sort.by(Sort.Order.asc("id"))));
      slice.forEach(c -> ids.add(c.id()));
    } while (slice.hasNext() && ids.size() < MAX_CLAIMS);
    return ids.size() > MAX_CLAIMS ? ids.subList(0, MAX_CLAIMS) : ids;
  }
}
