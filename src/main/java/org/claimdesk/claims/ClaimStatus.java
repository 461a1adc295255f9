package org.claimdesk.claims;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a claim stands in the desk's workflow. The allowed moves between statuses are kept here and
 * nowhere else.
 */
public enum ClaimStatus {
  NEW("New"),
  ACCEPTED("Accepted"),
  DISMISSED("Dismissed"),
  ASSIGNED("Assigned"),
  IN_REVIEW("In review"),
  VERDICT_PROPOSED("Verdict proposed"),
  APPROVED("Approved"),
  PUBLISHED("Published"),
  REOPENED("Reopened");

  private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT =
      Map.of(
          NEW, EnumSet.of(ACCEPTED, DISMISSED),
          ACCEPTED, EnumSet.of(ASSIGNED, IN_REVIEW, DISMISSED),
          DISMISSED, EnumSet.of(NEW),
          ASSIGNED, EnumSet.of(IN_REVIEW, ACCEPTED, DISMISSED),
          IN_REVIEW, EnumSet.of(VERDICT_PROPOSED, ASSIGNED),
          VERDICT_PROPOSED, EnumSet.of(APPROVED, IN_REVIEW),
          APPROVED, EnumSet.of(PUBLISHED, IN_REVIEW),
          PUBLISHED, EnumSet.of(REOPENED),
          REOPENED, EnumSet.of(IN_REVIEW, ASSIGNED, VERDICT_PROPOSED));

  /**
   * Statuses that follow from work recorded elsewhere, never set by hand: a claim is assigned by
   * assigning a reviewer, and its verdict statuses follow its verdict, so that no status click can
   * skip the second editor's approval.
   */
  private static final Set<ClaimStatus> FOLLOW_OTHER_WORK =
      EnumSet.of(ASSIGNED, VERDICT_PROPOSED, APPROVED, PUBLISHED);

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses a claim in this status may move to. */
  public Set<ClaimStatus> next() {
    return EnumSet.copyOf(NEXT.get(this));
  }

  public boolean canMoveTo(ClaimStatus target) {
    return NEXT.get(this).contains(target);
  }

  /**
   * Whether a verdict has been proposed for the claim's statement (or published): from then on the
   * statement is frozen, so that a verdict never covers a text nobody approved.
   */
  public boolean freezesStatement() {
    return this == VERDICT_PROPOSED || this == APPROVED || this == PUBLISHED;
  }

  /** Whether the claim is past review: its verdict is proposed, approved, published or reopened. */
  public boolean isPastReview() {
    return this == VERDICT_PROPOSED || this == APPROVED || this == PUBLISHED || this == REOPENED;
  }

  /** Whether the claim is closed to new work: published (reopen it first) or dismissed. */
  public boolean isClosed() {
    return this == PUBLISHED || this == DISMISSED;
  }

  /**
   * Whether a reviewer may be assigned: not while new (accept it first), published or dismissed.
   */
  public boolean canBeAssigned() {
    return this != NEW && !isClosed();
  }

  /** Whether an editor may move a claim to this status directly. */
  public boolean isSetByHand() {
    return !FOLLOW_OTHER_WORK.contains(this);
  }

  /** The statuses an editor may move a claim in this status to directly. */
  public Set<ClaimStatus> nextByHand() {
    Set<ClaimStatus> next = EnumSet.noneOf(ClaimStatus.class);
    NEXT.get(this).stream().filter(ClaimStatus::isSetByHand).forEach(next::add);
    return next;
  }

  /**
   * The shortest chain of allowed moves from this status to {@code target}, e.g. an accepted claim
   * whose verdict is proposed passes through "in review". Empty when already there; absent when the
   * workflow does not lead there.
   */
  public java.util.Optional<java.util.List<ClaimStatus>> pathTo(ClaimStatus target) {
    Map<ClaimStatus, ClaimStatus> cameFrom = new java.util.EnumMap<>(ClaimStatus.class);
    java.util.ArrayDeque<ClaimStatus> queue = new java.util.ArrayDeque<>();
    queue.add(this);
    cameFrom.put(this, this);
    while (!queue.isEmpty()) {
      ClaimStatus at = queue.poll();
      if (at == target) {
        java.util.LinkedList<ClaimStatus> path = new java.util.LinkedList<>();
        for (ClaimStatus s = at; s != this; s = cameFrom.get(s)) {
          path.addFirst(s);
        }
        return java.util.Optional.of(path);
      }
      for (ClaimStatus next : NEXT.get(at)) {
        if (cameFrom.putIfAbsent(next, at) == null) {
          queue.add(next);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
