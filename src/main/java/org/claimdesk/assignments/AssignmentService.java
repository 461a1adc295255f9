package org.claimdesk.assignments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.claims.ClaimAssigned;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.ClaimUnassigned;
import org.claimdesk.claims.StaleClaimException;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.shared.BulkTransaction;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Role;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.claimdesk.verdicts.VerdictService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who reviews which claim, by when; one active assignment per claim. */
@Service
@Transactional
public class AssignmentService {

  private final AssignmentRepository assignments;
  private final UserService users;
  private final ClaimService claims;
  private final ApplicationEventPublisher events;
  private final ReviewerConflictRepository conflicts;
  private final DocumentService documents;
  private final VerdictService verdicts;
  private final DueDates dueDates;
  private final AssignmentSettingsRepository settings;
  private final BulkTransaction bulk;

  AssignmentService(
      AssignmentRepository assignments,
      UserService users,
      ClaimService claims,
      ApplicationEventPublisher events,
      ReviewerConflictRepository conflicts,
      DocumentService documents,
      VerdictService verdicts,
      DueDates dueDates,
      AssignmentSettingsRepository settings,
      BulkTransaction bulk) {
    this.assignments = assignments;
    this.users = users;
    this.claims = claims;
    this.events = events;
    this.conflicts = conflicts;
    this.documents = documents;
    this.verdicts = verdicts;
    this.dueDates = dueDates;
    this.settings = settings;
    this.bulk = bulk;
  }

  /**
   * Assigns a reviewer, ending the claim's previous assignment if there was one. {@code
   * expectedVersion} is the claim's version the editor saw; without a due date the desk's
   * turnaround for the claim's check-worthiness band applies (see {@link DueDates}).
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public AssignmentSummary assign(
      long claimId, long expectedVersion, String reviewer, @Nullable LocalDate dueDate) {
    ClaimSummary claim =
        claims
            .find(claimId)
            .orElseThrow(() -> new UserFacingException("That claim no longer exists."));
    if (claim.version() != expectedVersion) {
      throw new StaleClaimException();
    }
    if (dueDate != null && dueDate.isBefore(DeskTime.today())) {
      throw new UserFacingException(
          "The due date " + dueDate + " has already passed. Pick today or a later date.");
    }
    String who = TextInput.required(reviewer, "reviewer", 64);
    UserSummary person =
        users
            .findByUsername(who)
            .filter(UserSummary::active)
            .orElseThrow(
                () -> new UserFacingException("There is no active user '" + who + "' to assign."));
    if (!Role.granted(person.roles()).contains(Role.REVIEWER)) {
      throw new UserFacingException(
          person.displayName() + " has no reviewer or editor role, so cannot review claims.");
    }
    LocalDate due =
        dueDate != null ? dueDate : dueDates.dueFor(claim.checkworthiness(), DeskTime.today());
    return AssignmentSummary.of(record(claimId, person.username(), due, true));
  }

  /**
   * Stores an assignment and tells the claim; the previous one, if {@code mayHavePrevious}, ends as
   * reassigned.
   */
  private Assignment record(long claimId, String reviewer, LocalDate due, boolean mayHavePrevious) {
    String by = CurrentUser.require();
    if (mayHavePrevious) {
      assignments
          .findByActiveClaimId(claimId)
          .ifPresent(
              previous -> {
                previous.end(AssignmentState.CANCELLED, by, "reassigned to " + reviewer);
                assignments.flush();
              });
    }
    Assignment saved = assignments.save(new Assignment(claimId, reviewer, by, due));
    events.publishEvent(new ClaimAssigned(claimId, reviewer, due));
    return saved;
  }

  /**
   * Ends the claim's active assignment without a replacement; an assigned claim that nobody has
   * started on goes back to accepted.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public AssignmentSummary unassign(long claimId) {
    Assignment active =
        assignments
            .findByActiveClaimId(claimId)
            .orElseThrow(
                () -> new UserFacingException("Claim #" + claimId + " has no active assignment."));
    active.end(AssignmentState.CANCELLED, CurrentUser.require(), null);
    assignments.flush();
    events.publishEvent(new ClaimUnassigned(claimId));
    return AssignmentSummary.of(active);
  }

  /**
   * The assigned reviewer gives the claim back ("I can't take this") with a reason: the assignment
   * ends, the claim waits for another reviewer, the editor who assigned it is told, and the claim's
   * history keeps the reason.
   */
  @PreAuthorize(Roles.IS_REVIEWER)
  public AssignmentSummary handBack(long claimId, String reason) {
    String why = TextInput.required(reason, "reason", Assignment.END_REASON_MAX_LENGTH);
    String me = CurrentUser.require();
    Assignment active =
        assignments
            .findByActiveClaimId(claimId)
            .filter(a -> a.getReviewer().equalsIgnoreCase(me))
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "Claim #"
                            + claimId
                            + " is not assigned to you, so there is nothing to"
                            + " hand back."));
    active.end(AssignmentState.HANDED_BACK, me, why);
    assignments.flush();
    events.publishEvent(new ClaimUnassigned(claimId));
    events.publishEvent(
        new AssignmentHandedBack(claimId, active.getReviewer(), active.getAssignedBy(), why));
    return AssignmentSummary.of(active);
  }

  /** Whether the desk assigns newly accepted claims by itself (the sweep, every few minutes). */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public boolean autoAssignsAccepted() {
    return settings
        .findById(AssignmentSettings.THE_DESK)
        .map(AssignmentSettings::isAutoAssignAccepted)
        .orElse(false);
  }

  /** Switches "auto-assign new accepted claims" on or off (admins). */
  @PreAuthorize(Roles.IS_ADMIN)
  public boolean setAutoAssignAccepted(boolean on) {
    AssignmentSettings desk =
        settings
            .findById(AssignmentSettings.THE_DESK)
            .orElseThrow(() -> new IllegalStateException("assignment_settings has no row 1"));
    desk.setAutoAssignAccepted(on, CurrentUser.require());
    return on;
  }

  /** The open assignments due on or before a day, soonest first: for due and overdue notices. */
  @PreAuthorize(Roles.IS_EDITOR)
  @Transactional(readOnly = true)
  public List<AssignmentSummary> openDueBy(LocalDate day) {
    return assignments
        .findByStateAndDueDateLessThanEqualOrderByDueDateAsc(AssignmentState.ACTIVE, day)
        .stream()
        .map(AssignmentSummary::of)
        .toList();
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<AssignmentSummary> activeFor(long claimId) {
    return assignments.findByActiveClaimId(claimId).map(AssignmentSummary::of);
  }

  /** The signed-in person's open assignments, soonest due first. */
  @PreAuthorize(Roles.IS_REVIEWER)
  @Transactional(readOnly = true)
  public List<AssignmentSummary> mine() {
    return assignments
        .findByReviewerAndStateOrderByDueDateAsc(CurrentUser.require(), AssignmentState.ACTIVE)
        .stream()
        .map(AssignmentSummary::of)
        .toList();
  }

  /**
   * Assigns each claim to the same reviewer; a claim that cannot be assigned (gone, not accepted,
   * already assigned) keeps its state and its outcome says why.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public List<AssignmentOutcome> assignAll(
      Collection<Long> claimIds, String reviewer, @Nullable LocalDate dueDate) {
    if (claimIds.size() > 1) {
      bulk.planStatementsOnce();
    }
    Map<Long, ClaimSummary> found = found(claimIds);
    List<AssignmentOutcome> out = new ArrayList<>();
    for (long id : new LinkedHashSet<>(claimIds)) {
      ClaimSummary claim = found.get(id);
      String refusal = claim == null ? "There is no claim #" + id + "." : notAssignable(claim);
      if (refusal != null) {
        out.add(new AssignmentOutcome(id, null, null, refusal));
        continue;
      }
      try {
        AssignmentSummary a = assign(id, claim.version(), reviewer, dueDate);
        out.add(new AssignmentOutcome(id, a.reviewer(), a.dueDate(), null));
      } catch (UserFacingException e) {
        out.add(new AssignmentOutcome(id, null, null, e.getMessage()));
      }
    }
    return out;
  }

  /**
   * Assigns each claim to the eligible reviewer with the lowest load relative to capacity (see
   * {@link AutoAssignment}), due after the desk's turnaround for its check-worthiness band; a claim
   * nobody may take stays unassigned and its outcome says why. Outcomes come in the order the
   * claims were placed: most check-worthy and oldest first. Everything is read up front (claims,
   * documents, people, loads, conflicts, verdict authors of reopened claims), so the cost grows
   * with the number of claims only by their inserts.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public List<AssignmentOutcome> assignAutomatically(Collection<Long> claimIds) {
    if (claimIds.size() > 1) {
      bulk.planStatementsOnce();
    }
    LocalDate today = DeskTime.today();
    Map<Long, ClaimSummary> found = found(claimIds);
    List<AssignmentOutcome> out = new ArrayList<>();
    Map<String, Set<String>> conflictsByParty = conflictsByParty();
    Map<Long, DocumentSummary> documentsById = new HashMap<>();
    documents
        .findAll(
            found.values().stream()
                .map(ClaimSummary::firstDocumentId)
                .filter(d -> d != null)
                .collect(Collectors.toSet()))
        .forEach(d -> documentsById.put(d.id(), d));
    List<AutoAssignment.Work> work = new ArrayList<>();
    for (long id : new LinkedHashSet<>(claimIds)) {
      ClaimSummary claim = found.get(id);
      String refusal = claim == null ? "There is no claim #" + id + "." : notAssignable(claim);
      if (refusal != null) {
        out.add(new AssignmentOutcome(id, null, null, refusal));
        continue;
      }
      String outlet = claim.outlet();
      String language = null;
      if (claim.firstDocumentId() != null) {
        Optional<DocumentSummary> document =
            Optional.ofNullable(documentsById.get(claim.firstDocumentId()));
        language = document.map(DocumentSummary::language).orElse(null);
        if (outlet == null) {
          outlet = document.map(DocumentSummary::outlet).orElse(null);
        }
      }
      Set<String> excluded = new HashSet<>();
      for (String party : new String[] {claim.claimantName(), outlet}) {
        if (party != null) {
          excluded.addAll(conflictsByParty.getOrDefault(ReviewerConflict.key(party), Set.of()));
        }
      }
      if (claim.status() == ClaimStatus.REOPENED) {
        verdicts.forClaim(id).forEach(v -> excluded.add(v.author()));
      }
      work.add(
          new AutoAssignment.Work(
              id,
              claim.statement(),
              claim.claimantName(),
              outlet,
              language == null || language.isBlank() ? null : language,
              claim.checkworthiness(),
              claim.createdAt(),
              excluded));
    }
    List<AutoAssignment.Placement> placements = AutoAssignment.place(work, candidates(), today);
    // The claims were read above as unassigned, so there are no previous assignments to end. The
    // new assignments are stored in one repository call, and then each claim is told, in the
    // order of placement, as record() does one at a time.
    String by = CurrentUser.require();
    List<Assignment> made = new ArrayList<>();
    for (AutoAssignment.Placement p : placements) {
      if (p.reviewer() != null) {
        LocalDate due = dueDates.dueFor(found.get(p.claimId()).checkworthiness(), today);
        made.add(new Assignment(p.claimId(), p.reviewer(), by, due));
      }
    }
    Iterator<Assignment> saved = assignments.saveAll(made).iterator();
    for (AutoAssignment.Placement p : placements) {
      if (p.reviewer() == null) {
        out.add(new AssignmentOutcome(p.claimId(), null, null, p.reason()));
        continue;
      }
      Assignment a = saved.next();
      try {
        events.publishEvent(new ClaimAssigned(a.getClaimId(), a.getReviewer(), a.getDueDate()));
        out.add(new AssignmentOutcome(p.claimId(), a.getReviewer(), a.getDueDate(), null));
      } catch (UserFacingException e) {
        out.add(new AssignmentOutcome(p.claimId(), null, null, e.getMessage()));
      }
    }
    return out;
  }

  /**
   * Every active reviewer and everyone with open work: open assignments, due today, overdue,
   * finished this week (since Monday), the average time from assignment to a published verdict over
   * the last 90 days, and capacity, by username.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  @Transactional(readOnly = true)
  public List<ReviewerWorkload> workload() {
    LocalDate today = DeskTime.today();
    Instant monday =
        today
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay(DeskTime.zone())
            .toInstant();
    Map<String, long[]> open = new HashMap<>();
    Map<String, LocalDate> nextDue = new HashMap<>();
    for (Object[] row : assignments.openLoads(today)) {
      open.put((String) row[0], new long[] {number(row[1]), number(row[2]), number(row[3])});
      if (row[4] != null) {
        nextDue.put((String) row[0], (LocalDate) row[4]);
      }
    }
    Map<String, Long> finished = new HashMap<>();
    for (Object[] row : assignments.finishedSince(monday)) {
      finished.put((String) row[0], number(row[1]));
    }
    Map<String, Double> hours = new HashMap<>();
    Instant since = today.minusDays(90).atStartOfDay(DeskTime.zone()).toInstant();
    for (Object[] row : assignments.averageSecondsToVerdict(since)) {
      if (row[1] != null) {
        hours.put((String) row[0], ((Number) row[1]).doubleValue() / 3600.0);
      }
    }
    List<ReviewerWorkload> out = new ArrayList<>();
    for (UserSummary u : users.listActiveUsers()) {
      long[] o = open.getOrDefault(u.username(), new long[3]);
      long done = finished.getOrDefault(u.username(), 0L);
      if (u.roles().contains(Role.REVIEWER) || o[0] > 0 || done > 0) {
        out.add(
            new ReviewerWorkload(
                u.username(),
                u.displayName(),
                o[0],
                o[1],
                o[2],
                done,
                hours.get(u.username()),
                nextDue.get(u.username()),
                u.capacity()));
      }
    }
    return out;
  }

  /**
   * Marks a reviewer as having a conflict of interest with a speaker or an outlet: automatic
   * assignment never gives them that party's claims.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public void declareConflict(String reviewer, String party) {
    String who = TextInput.required(reviewer, "reviewer", 64);
    UserSummary person =
        users
            .findByUsername(who)
            .orElseThrow(() -> new UserFacingException("There is no user '" + who + "'."));
    String what = TextInput.required(party, "speaker or outlet", 200);
    if (conflicts
        .findByReviewerAndPartyKey(person.username(), ReviewerConflict.key(what))
        .isEmpty()) {
      conflicts.save(new ReviewerConflict(person.username(), what.strip(), CurrentUser.require()));
    }
  }

  /** Ends a reviewer's recorded conflict of interest with a party, if there was one. */
  @PreAuthorize(Roles.IS_EDITOR)
  public void withdrawConflict(String reviewer, String party) {
    conflicts
        .findByReviewerAndPartyKey(
            reviewer.strip().toLowerCase(Locale.ROOT), ReviewerConflict.key(party))
        .ifPresent(conflicts::delete);
  }

  /** The speakers and outlets a reviewer has a recorded conflict of interest with. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<String> conflictsOf(String reviewer) {
    return conflicts
        .findByReviewerOrderByPartyAsc(reviewer.strip().toLowerCase(Locale.ROOT))
        .stream()
        .map(ReviewerConflict::getParty)
        .toList();
  }

  private Map<Long, ClaimSummary> found(Collection<Long> claimIds) {
    Map<Long, ClaimSummary> found = new HashMap<>();
    claims.findAll(Set.copyOf(claimIds)).forEach(c -> found.put(c.id(), c));
    return found;
  }

  /** Why a claim cannot be given a reviewer now, or null when it can. */
  private static @Nullable String notAssignable(ClaimSummary claim) {
    if (claim.assignee() != null) {
      return "Claim #" + claim.id() + " is already assigned to " + claim.assignee() + ".";
    }
    if (claim.status() != ClaimStatus.ACCEPTED && claim.status() != ClaimStatus.REOPENED) {
      return "Claim #"
          + claim.id()
          + " is "
          + claim.status().label().toLowerCase(Locale.ROOT)
          + ": only accepted or reopened claims are assigned.";
    }
    return null;
  }

  private Map<String, Set<String>> conflictsByParty() {
    Map<String, Set<String>> out = new HashMap<>();
    for (ReviewerConflict c : conflicts.findAll()) {
      out.computeIfAbsent(c.getPartyKey(), k -> new HashSet<>()).add(c.getReviewer());
    }
    return out;
  }

  private List<AutoAssignment.Candidate> candidates() {
    Map<String, Long> load = new HashMap<>();
    for (Object[] row : assignments.openLoads(DeskTime.today())) {
      load.put((String) row[0], number(row[1]));
    }
    return users.listActiveUsers().stream()
        .filter(u -> u.roles().contains(Role.REVIEWER))
        .map(
            u ->
                new AutoAssignment.Candidate(
                    u.username(),
                    u.active(),
                    true,
                    u.languages().stream()
                        .map(l -> l.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()),
                    u.beats(),
                    u.capacity(),
                    load.getOrDefault(u.username(), 0L).intValue(),
                    u.awayUntil()))
        .toList();
  }

  private static long number(@Nullable Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
