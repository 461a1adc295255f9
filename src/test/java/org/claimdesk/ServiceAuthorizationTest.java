package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.claimdesk.api.ClaimDetailService;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditQuery;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpStatus;
import org.claimdesk.notifications.NotificationService;
import org.claimdesk.publishing.ClaimReviewService;
import org.claimdesk.publishing.ExportFormat;
import org.claimdesk.publishing.QueueExport;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.DeskScenario.ClaimAt;
import org.claimdesk.support.DeskScenario.People;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingDefinition;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Who may do what, in the services, whatever the pages show or hide. Every action on a claim is
 * tried by every kind of person, on a real claim in every status of the workflow, reached through
 * the services with a real assignment and a verdict by other people: each (person, relation to the
 * claim, action) cell is either allowed (the call passes the authorization; the workflow may still
 * refuse it with a plain message) or refused (access denied). Methods that do not concern one claim
 * are checked per role. A public service method without a row fails the test.
 */
@IntegrationTest
class ServiceAuthorizationTest {

  @Autowired ApplicationContext context;
  @Autowired UserService users;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;
  @Autowired FollowUpService followUps;
  @Autowired AssignmentService assignments;
  @Autowired AuditService audit;
  @Autowired NotificationService notifications;
  @Autowired org.claimdesk.transfer.ImportService imports;

  @Autowired RatingScale ratings;
  @Autowired ClaimReviewService claimReviews;
  @Autowired QueueExport queueExport;

  @Autowired org.claimdesk.search.SearchService search;

  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private DeskScenario desk;
  private People people;

  @BeforeEach
  void desk() {
    desk = new DeskScenario(context);
    people = desk.people;
  }

  /** A person and their relation to the claims of the scenario. */
  enum Actor {
    ADMIN(Role.ADMIN),
    /** An editor with no part in the claim. */
    EDITOR(Role.EDITOR),
    /** The editor who accepted, assigned and approved: a part, never the verdict's author. */
    EDITOR_WHO_TRIAGED(Role.EDITOR),
    /** The reviewer assigned to the claim, author of its verdict. */
    ASSIGNED_REVIEWER(Role.REVIEWER),
    /** A reviewer to whom the claim is not assigned. */
    OTHER_REVIEWER(Role.REVIEWER),
    AUDITOR(Role.AUDITOR);

    final Role role;

    Actor(Role role) {
      this.role = role;
    }
  }

  private String username(Actor actor) {
    return switch (actor) {
      case ADMIN -> people.admin();
      case EDITOR -> people.thirdEditor();
      case EDITOR_WHO_TRIAGED -> people.editor();
      case ASSIGNED_REVIEWER -> people.reviewer();
      case OTHER_REVIEWER -> people.otherReviewer();
      case AUDITOR -> people.auditor();
    };
  }

  // --- who may, by relation and status -------------------------------------------------------

  private static boolean isEditor(Actor a) {
    return a.role == Role.ADMIN || a.role == Role.EDITOR;
  }

  /** The assigned reviewer holds rights while the claim is assigned; publishing ends them. */
  private static final Set<ClaimStatus> ASSIGNMENT_RUNS =
      EnumSet.of(
          ClaimStatus.ASSIGNED,
          ClaimStatus.IN_REVIEW,
          ClaimStatus.VERDICT_PROPOSED,
          ClaimStatus.APPROVED);

  private static final BiPredicate<Actor, ClaimStatus> EDITORS = (a, s) -> isEditor(a);
  private static final BiPredicate<Actor, ClaimStatus> WORKERS =
      (a, s) -> isEditor(a) || (a == Actor.ASSIGNED_REVIEWER && ASSIGNMENT_RUNS.contains(s));

  private static final Set<ClaimStatus> WITH_VERDICT =
      EnumSet.of(
          ClaimStatus.VERDICT_PROPOSED,
          ClaimStatus.APPROVED,
          ClaimStatus.PUBLISHED,
          ClaimStatus.REOPENED);

  /** An action on one claim: who may, on which statuses it applies, and the call itself. */
  private record ClaimAction(
      String method,
      BiPredicate<Actor, ClaimStatus> allowed,
      Set<ClaimStatus> statuses,
      Function<ClaimAt, Supplier<?>> prepare) {}

  private List<ClaimAction> claimActions() {
    Set<ClaimStatus> all = EnumSet.allOf(ClaimStatus.class);
    List<ClaimAction> actions = new ArrayList<>();
    actions.add(
        new ClaimAction(
            "ClaimService.changeStatus",
            EDITORS,
            all,
            c -> {
              ClaimStatus target =
                  c.status().nextByHand().stream().findFirst().orElse(ClaimStatus.REOPENED);
              return () ->
                  claims.changeStatus(c.claimId(), desk.version(c.claimId()), target, "matrix");
            }));
    actions.add(
        new ClaimAction(
            "ClaimService.editStatement",
            EDITORS,
            all,
            c ->
                () ->
                    claims.editStatement(
                        c.claimId(), desk.version(c.claimId()), "Edited " + next(), null, null)));
    actions.add(
        new ClaimAction(
            "ClaimService.bulkChangeStatus",
            EDITORS,
            all,
            c ->
                () ->
                    claims.bulkChangeStatus(
                        Map.of(c.claimId(), desk.version(c.claimId())),
                        ClaimStatus.ACCEPTED,
                        null)));
    actions.add(
        new ClaimAction(
            "ClaimService.merge",
            EDITORS,
            all,
            c -> {
              ClaimAt other = desk.claimIn(ClaimStatus.NEW);
              return () ->
                  claims.merge(
                      c.claimId(),
                      desk.version(c.claimId()),
                      other.claimId(),
                      desk.version(other.claimId()));
            }));
    actions.add(
        new ClaimAction(
            "ClaimService.checkCanWorkOn",
            WORKERS,
            all,
            c -> () -> claims.checkCanWorkOn(c.claimId())));
    actions.add(
        new ClaimAction(
            "EvidenceService.attach",
            WORKERS,
            all,
            c -> {
              long source =
                  SignedIn.as(
                          people.admin(),
                          Role.ADMIN,
                          () ->
                              evidence.createSource(
                                  new SourceDraft(
                                      SourceKind.DATASET,
                                      "Data " + next(),
                                      null,
                                      null,
                                      null,
                                      null,
                                      null)))
                      .id();
              return () -> evidence.attach(c.claimId(), source, Stance.CONTEXT, null, null);
            }));
    actions.add(
        new ClaimAction(
            "VerdictService.propose",
            WORKERS,
            all,
            c ->
                () ->
                    verdicts.propose(
                        c.claimId(), desk.version(c.claimId()), Rating.TRUE, "Matrix", null)));
    actions.add(verdictAction("VerdictService.approve", (id, v) -> verdicts.approve(id, v)));
    actions.add(
        verdictAction(
            "VerdictService.returnToAuthor", (id, v) -> verdicts.returnToAuthor(id, v, "why")));
    actions.add(verdictAction("VerdictService.publish", (id, v) -> verdicts.publish(id, v)));
    actions.add(
        verdictAction(
            "VerdictService.correct",
            (id, v) -> verdicts.correct(id, v, Rating.FALSE, "Corrected", null, "note")));
    actions.add(
        verdictAction("VerdictService.retract", (id, v) -> verdicts.retract(id, v, "reason")));
    actions.add(
        new ClaimAction(
            "VerdictService.approveRetraction",
            EDITORS,
            WITH_VERDICT,
            c -> {
              retractionProposedBySecondEditor(c);
              return () -> {
                var v = desk.verdict(c.claimId(), verdictOf(c));
                return verdicts.approveRetraction(v.id(), v.version());
              };
            }));
    actions.add(
        new ClaimAction(
            "VerdictService.rejectRetraction",
            EDITORS,
            WITH_VERDICT,
            c -> {
              retractionProposedBySecondEditor(c);
              return () -> {
                var v = desk.verdict(c.claimId(), verdictOf(c));
                return verdicts.rejectRetraction(v.id(), v.version(), "It stands");
              };
            }));
    actions.add(
        new ClaimAction(
            "FollowUpService.schedule",
            WORKERS,
            all,
            c ->
                () ->
                    followUps.schedule(
                        c.claimId(), "Watch " + next(), LocalDate.now().plusDays(3), null)));
    actions.add(
        new ClaimAction(
            "FollowUpService.close",
            WORKERS,
            all,
            c -> {
              long followUp =
                  SignedIn.as(
                          people.admin(),
                          Role.ADMIN,
                          () ->
                              followUps.schedule(
                                  c.claimId(),
                                  "Re-check " + next(),
                                  LocalDate.now().plusDays(3),
                                  null))
                      .id();
              return () -> followUps.close(followUp, FollowUpStatus.DONE, "Checked");
            }));
    actions.add(
        new ClaimAction(
            "AssignmentService.assign",
            EDITORS,
            all,
            c ->
                () ->
                    assignments.assign(
                        c.claimId(), desk.version(c.claimId()), people.otherReviewer(), null)));
    actions.add(
        new ClaimAction(
            "AssignmentService.unassign",
            EDITORS,
            ASSIGNMENT_RUNS,
            c -> () -> assignments.unassign(c.claimId())));
    return actions;
  }

  private interface VerdictCall {
    Object call(long verdictId, long version);
  }

  private ClaimAction verdictAction(String method, VerdictCall call) {
    return new ClaimAction(
        method,
        EDITORS,
        WITH_VERDICT,
        c ->
            () -> {
              var v = desk.verdict(c.claimId(), verdictOf(c));
              return call.call(v.id(), v.version());
            });
  }

  private static long verdictOf(ClaimAt c) {
    if (c.verdictId() == null) {
      throw new IllegalStateException("No verdict on claim #" + c.claimId());
    }
    return c.verdictId();
  }

  /** For the retraction actions: a retraction waits, proposed by an editor not in the matrix. */
  private void retractionProposedBySecondEditor(ClaimAt c) {
    var v = desk.verdict(c.claimId(), verdictOf(c));
    try {
      SignedIn.as(
          people.secondEditor(), Role.EDITOR, () -> verdicts.retract(v.id(), v.version(), "x"));
    } catch (UserFacingException notPublished) {
      // only a published verdict can be retracted; the cell then meets the workflow's refusal
    }
  }

  private long next() {
    return UNIQUE.incrementAndGet();
  }

  private enum Outcome {
    DONE,
    REFUSED_BY_THE_WORKFLOW,
    ACCESS_DENIED
  }

  @Test
  void every_person_on_every_claim_action_in_every_status_is_allowed_or_refused_as_the_rules_say() {
    Map<ClaimStatus, ClaimAt> pool = new EnumMap<>(ClaimStatus.class);
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> done = new LinkedHashMap<>();
    for (ClaimAction action : claimActions()) {
      done.put(action.method(), 0);
      for (ClaimStatus status : action.statuses()) {
        for (Actor actor : Actor.values()) {
          ClaimAt claim = pool.computeIfAbsent(status, desk::claimIn);
          Supplier<?> call = action.prepare().apply(claim);
          Outcome outcome = outcome(actor, call);
          boolean allowed = action.allowed().test(actor, status);
          if (allowed == (outcome == Outcome.ACCESS_DENIED)) {
            wrong.add(
                action.method()
                    + " by "
                    + actor
                    + " on a "
                    + status
                    + " claim: expected "
                    + (allowed ? "allowed" : "refused")
                    + ", was "
                    + outcome);
          }
          if (outcome == Outcome.DONE) {
            done.merge(action.method(), 1, Integer::sum);
            pool.remove(status); // the claim has changed: the next cell gets a fresh one
          }
        }
      }
    }
    assertThat(wrong).as("cells that do not hold").isEmpty();
    assertThat(done)
        .as("each action succeeds in at least one cell, so the per-claim rules were reached")
        .allSatisfy((method, count) -> assertThat(count).as(method).isPositive());
  }

  private Outcome outcome(Actor actor, Supplier<?> call) {
    try {
      SignedIn.as(username(actor), actor.role, call);
      return Outcome.DONE;
    } catch (AccessDeniedException e) {
      return Outcome.ACCESS_DENIED;
    } catch (UserFacingException e) {
      return Outcome.REFUSED_BY_THE_WORKFLOW;
    }
  }

  // --- methods that do not concern one claim, per role ---------------------------------------

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
  private static final Set<Role> EDITOR_ROLES = EnumSet.of(Role.ADMIN, Role.EDITOR);
  private static final Set<Role> REVIEWER_ROLES =
      EnumSet.of(Role.ADMIN, Role.EDITOR, Role.REVIEWER);
  private static final Set<Role> AUDITOR_ROLES = EnumSet.of(Role.ADMIN, Role.AUDITOR);

  private record RoleRule(String method, Set<Role> allowed, Supplier<?> call) {}

  private List<RoleRule> roleRules() {
    ClaimAt claim = desk.claimIn(ClaimStatus.ACCEPTED);
    long documentId =
        SignedIn.as(
                people.editor(),
                Role.EDITOR,
                () ->
                    documents.ingest(
                        new DocumentDraft(
                            "Matrix " + next(),
                            null,
                            null,
                            null,
                            "The minister said the deficit fell to 3% in 2024. Reference "
                                + next()
                                + ".")))
            .document()
            .id();
    long userId =
        SignedIn.as(people.admin(), Role.ADMIN, () -> users.findByUsername(people.auditor()))
            .map(UserSummary::id)
            .orElseThrow();
    List<RoleRule> rules = new ArrayList<>();
    rules.add(new RoleRule("UserService.listUsers", ADMINS, users::listUsers));
    rules.add(
        new RoleRule(
            "UserService.createUser",
            ADMINS,
            () ->
                users.createUser(
                    new NewUser(
                        "matrix" + next(),
                        "Matrix",
                        "long enough password 1",
                        EnumSet.of(Role.REVIEWER),
                        null,
                        null))));
    rules.add(
        new RoleRule(
            "UserService.updateProfile",
            ADMINS,
            () -> users.updateProfile(userId, "Audrey " + next(), null, null)));
    rules.add(new RoleRule("UserService.setCapacity", ADMINS, () -> users.setCapacity(userId, 10)));
    rules.add(
        new RoleRule(
            "UserService.setAvailability", ADMINS, () -> users.setAvailability(userId, null)));
    rules.add(new RoleRule("UserService.updateMyBeats", EVERYONE, () -> users.updateMyBeats(null)));
    rules.add(
        new RoleRule(
            "UserService.setMyAvailability", EVERYONE, () -> users.setMyAvailability(null)));
    rules.add(
        new RoleRule(
            "UserService.setRoles",
            ADMINS,
            () -> users.setRoles(userId, EnumSet.of(Role.AUDITOR))));
    rules.add(new RoleRule("UserService.setActive", ADMINS, () -> users.setActive(userId, true)));
    rules.add(
        new RoleRule(
            "UserService.resetPassword",
            ADMINS,
            () -> {
              users.resetPassword(userId, "another long one " + next());
              return null;
            }));
    rules.add(new RoleRule("UserService.listActiveUsers", EVERYONE, users::listActiveUsers));
    rules.add(
        new RoleRule(
            "UserService.findByUsername", EVERYONE, () -> users.findByUsername(people.editor())));
    rules.add(
        new RoleRule(
            "UserService.changeAccount",
            ADMINS,
            () ->
                users.changeAccount(
                    people.auditor(),
                    new org.claimdesk.users.AccountChange(
                        null, null, null, null, null, 10, false, null, null))));
    rules.add(
        new RoleRule(
            "DocumentService.ingest",
            EDITOR_ROLES,
            () ->
                documents.ingest(
                    new DocumentDraft("t", null, null, null, "Text " + next() + " said."))));
    rules.add(
        new RoleRule(
            "DocumentService.withdraw",
            EDITOR_ROLES,
            () -> {
              long ingested =
                  SignedIn.as(
                          people.editor(),
                          Role.EDITOR,
                          () ->
                              documents.ingest(
                                  new DocumentDraft(
                                      "w", null, null, null, "Text " + next() + " said.")))
                      .document()
                      .id();
              return documents.withdraw(ingested, "ingested by mistake");
            }));
    rules.add(new RoleRule("DocumentService.recent", EVERYONE, () -> documents.recent(5)));
    rules.add(new RoleRule("DocumentService.find", EVERYONE, () -> documents.find(documentId)));
    rules.add(
        new RoleRule(
            "DocumentService.findAll", EVERYONE, () -> documents.findAll(List.of(documentId))));
    rules.add(
        new RoleRule(
            "DocumentService.originalText", EVERYONE, () -> documents.originalText(documentId)));
    rules.add(
        new RoleRule("ClaimService.create", EDITOR_ROLES, () -> claims.create("x", null, null)));
    rules.add(
        new RoleRule(
            "ClaimService.split",
            EDITOR_ROLES,
            () -> {
              ClaimItemView item = claims.itemsOfDocument(documentId).getFirst();
              return claims.split(
                  item.id(), item.claimVersion(), "The deficit fell", "It was 3% in " + next());
            }));
    rules.add(new RoleRule("ClaimService.find", EVERYONE, () -> claims.find(claim.claimId())));
    rules.add(
        new RoleRule(
            "ClaimService.findAll", EVERYONE, () -> claims.findAll(List.of(claim.claimId()))));
    rules.add(
        new RoleRule(
            "ClaimService.queue",
            EVERYONE,
            () -> claims.queue(ClaimFilter.all(), PageRequest.of(0, 5))));
    rules.add(
        new RoleRule(
            "ClaimService.countsByStatus",
            EVERYONE,
            () -> claims.countsByStatus(ClaimFilter.all())));
    rules.add(new RoleRule("ClaimService.outlets", EVERYONE, claims::outlets));
    rules.add(
        new RoleRule(
            "ClaimService.idsAfter", EVERYONE, () -> claims.idsAfter(ClaimFilter.all(), 0, 5)));
    rules.add(
        new RoleRule(
            "SearchService.search",
            EVERYONE,
            () -> search.search(org.claimdesk.search.SearchQuery.of("deficit"))));
    rules.add(new RoleRule("SearchService.rebuildIndex", ADMINS, search::rebuildIndex));
    rules.add(new RoleRule("SearchService.indexProgress", ADMINS, search::indexProgress));
    rules.add(
        new RoleRule(
            "ClaimService.itemsOfDocument", EVERYONE, () -> claims.itemsOfDocument(documentId)));
    rules.add(
        new RoleRule(
            "ClaimService.appearances", EVERYONE, () -> claims.appearances(claim.claimId())));
    rules.add(
        new RoleRule(
            "EvidenceService.createSource",
            REVIEWER_ROLES,
            () ->
                evidence.createSource(
                    new SourceDraft(
                        SourceKind.WIRE_SERVICE, "Xinhua", "Xinhua", null, null, null, null))));
    rules.add(
        new RoleRule("EvidenceService.findSources", EVERYONE, () -> evidence.findSources("x", 5)));
    rules.add(
        new RoleRule(
            "EvidenceService.forClaim", EVERYONE, () -> evidence.forClaim(claim.claimId())));
    rules.add(
        new RoleRule(
            "VerdictService.forClaim", EVERYONE, () -> verdicts.forClaim(claim.claimId())));
    rules.add(
        new RoleRule(
            "VerdictService.awaitingApproval", EVERYONE, () -> verdicts.awaitingApproval(5)));
    rules.add(
        new RoleRule("FollowUpService.open", EVERYONE, () -> followUps.open(PageRequest.of(0, 5))));
    rules.add(
        new RoleRule(
            "FollowUpService.withStatus",
            EVERYONE,
            () -> followUps.withStatus(FollowUpStatus.DONE, PageRequest.of(0, 5))));
    rules.add(new RoleRule("VerdictService.find", EVERYONE, () -> verdicts.find(1)));
    rules.add(new RoleRule("RatingScale.current", EVERYONE, ratings::current));
    rules.add(
        new RoleRule(
            "ClaimReviewService.forClaim", EVERYONE, () -> claimReviews.forClaim(claim.claimId())));
    rules.add(
        new RoleRule(
            "ClaimReviewService.factsForClaim",
            EVERYONE,
            () -> claimReviews.factsForClaim(claim.claimId())));
    rules.add(
        new RoleRule(
            "ClaimReviewService.feed",
            EVERYONE,
            () -> claimReviews.feed(java.time.Instant.now().plusSeconds(3600))));
    rules.add(
        new RoleRule(
            "QueueExport.write",
            EnumSet.of(Role.ADMIN, Role.EDITOR, Role.AUDITOR),
            () ->
                queueExport.write(
                    new ClaimFilter(Set.of(), null, null, null, null, null, null, null, "none"),
                    ExportFormat.CSV,
                    "/claims/",
                    java.io.OutputStream::nullOutputStream)));
    rules.add(
        new RoleRule(
            "RatingScale.add",
            ADMINS,
            () ->
                ratings.add(
                    new Rating("MATRIX_" + UNIQUE.incrementAndGet()), "Matrix", "A test.", true)));
    rules.add(
        new RoleRule(
            "RatingScale.describe",
            ADMINS,
            () -> {
              RatingDefinition d = matrixRating();
              return ratings.describe(d.rating(), d.version(), "Matrix", "A test.", true);
            }));
    rules.add(
        new RoleRule(
            "RatingScale.move",
            ADMINS,
            () -> {
              RatingDefinition d = matrixRating();
              return ratings.move(d.rating(), d.version(), 0);
            }));
    rules.add(
        new RoleRule(
            "RatingScale.retire",
            ADMINS,
            () -> {
              RatingDefinition d = matrixRating();
              return ratings.retire(d.rating(), d.version());
            }));
    rules.add(
        new RoleRule(
            "RatingScale.reinstate",
            ADMINS,
            () -> {
              RatingDefinition d = matrixRating();
              return ratings.reinstate(d.rating(), d.version());
            }));
    rules.add(new RoleRule("DocumentService.page", EVERYONE, () -> documents.page(0, 5)));
    // Bulk import and ClaimReview (issue 14): editors only.
    java.nio.file.Path importFile = importFile();
    var importRequest =
        org.claimdesk.transfer.ImportRequest.of(
            importFile, org.claimdesk.transfer.ImportFormat.JSONL);
    rules.add(
        new RoleRule("ImportService.start", EDITOR_ROLES, () -> imports.start(importRequest)));
    rules.add(
        new RoleRule("ImportService.run", EDITOR_ROLES, () -> imports.run(importRequest, p -> {})));
    rules.add(new RoleRule("ImportService.progress", EDITOR_ROLES, () -> imports.progress(1)));
    rules.add(
        new RoleRule("ImportService.matchImported", EDITOR_ROLES, () -> imports.matchImported()));
    rules.add(
        new RoleRule("ImportService.myRecentJobs", EDITOR_ROLES, () -> imports.myRecentJobs(5)));
    rules.add(new RoleRule("ImportService.problems", EDITOR_ROLES, () -> imports.problems(1, 5)));
    rules.add(
        new RoleRule(
            "ImportService.preview", EDITOR_ROLES, () -> imports.preview(importRequest, 5)));
    rules.add(
        new RoleRule(
            "ImportService.cancel",
            EDITOR_ROLES,
            () -> {
              try {
                imports.cancel(-1);
              } catch (UserFacingException notRunning) {
                // Allowed, and told that nothing runs under that number.
              }
              return null;
            }));
    rules.add(
        new RoleRule(
            "VerdictService.recordPublishedElsewhere",
            EDITOR_ROLES,
            () -> {
              var fresh =
                  SignedIn.as(
                      people.editor(),
                      Role.EDITOR,
                      () -> {
                        var c = claims.create("Imported claim " + next(), null, null);
                        return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null);
                      });
              return verdicts.recordPublishedElsewhere(
                  fresh.id(), Rating.FALSE, "Checked elsewhere", "Other Checkers", "imported");
            }));
    rules.add(
        new RoleRule(
            "FollowUpService.overdue", EVERYONE, () -> followUps.overdue(PageRequest.of(0, 5))));
    rules.add(new RoleRule("FollowUpService.countOverdue", EVERYONE, followUps::countOverdue));
    rules.add(
        new RoleRule(
            "FollowUpService.forClaim", EVERYONE, () -> followUps.forClaim(claim.claimId())));
    rules.add(
        new RoleRule(
            "AssignmentService.activeFor", EVERYONE, () -> assignments.activeFor(claim.claimId())));
    rules.add(new RoleRule("AssignmentService.mine", REVIEWER_ROLES, assignments::mine));
    rules.add(
        new RoleRule(
            "AssignmentService.assignAll",
            EDITOR_ROLES,
            () -> assignments.assignAll(List.of(claim.claimId()), people.otherReviewer(), null)));
    rules.add(
        new RoleRule(
            "AssignmentService.assignAutomatically",
            EDITOR_ROLES,
            () -> assignments.assignAutomatically(List.of(claim.claimId()))));
    rules.add(new RoleRule("AssignmentService.workload", EDITOR_ROLES, assignments::workload));
    rules.add(
        new RoleRule(
            "AssignmentService.declareConflict",
            EDITOR_ROLES,
            () -> {
              assignments.declareConflict(people.otherReviewer(), "Matrix Party");
              return null;
            }));
    rules.add(
        new RoleRule(
            "AssignmentService.withdrawConflict",
            EDITOR_ROLES,
            () -> {
              assignments.withdrawConflict(people.otherReviewer(), "Matrix Party");
              return null;
            }));
    rules.add(
        new RoleRule(
            "AssignmentService.conflictsOf",
            EVERYONE,
            () -> assignments.conflictsOf(people.otherReviewer())));
    rules.add(
        new RoleRule(
            "AssignmentService.handBack",
            REVIEWER_ROLES,
            () -> {
              // Only the assigned reviewer may hand a claim back; others get a message.
              try {
                return assignments.handBack(claim.claimId(), "Matrix reason");
              } catch (UserFacingException e) {
                return null;
              }
            }));
    rules.add(
        new RoleRule(
            "AssignmentService.autoAssignsAccepted", EVERYONE, assignments::autoAssignsAccepted));
    rules.add(
        new RoleRule(
            "AssignmentService.setAutoAssignAccepted",
            ADMINS,
            () -> assignments.setAutoAssignAccepted(false)));
    rules.add(
        new RoleRule(
            "AssignmentService.openDueBy",
            EDITOR_ROLES,
            () -> assignments.openDueBy(LocalDate.now())));
    rules.add(new RoleRule("NotificationService.mine", EVERYONE, () -> notifications.mine(5)));
    rules.add(
        new RoleRule("NotificationService.unreadCount", EVERYONE, notifications::unreadCount));
    rules.add(
        new RoleRule("NotificationService.markAllRead", EVERYONE, notifications::markAllRead));
    rules.add(
        new RoleRule(
            "NotificationService.markRead",
            EVERYONE,
            () -> {
              // Someone else's notification (or none) is refused with a message, never shown.
              try {
                return notifications.markRead(-1);
              } catch (UserFacingException e) {
                return null;
              }
            }));
    rules.add(new RoleRule("AuditService.recent", AUDITOR_ROLES, () -> audit.recent(5)));
    rules.add(
        new RoleRule("AuditService.claimProof", EVERYONE, () -> audit.claimProof(claim.claimId())));
    rules.add(
        new RoleRule(
            "AuditService.search",
            AUDITOR_ROLES,
            () -> audit.search(AuditQuery.all(), PageRequest.of(0, 5))));
    rules.add(
        new RoleRule("AuditService.latestCheckpoint", AUDITOR_ROLES, audit::latestCheckpoint));
    rules.add(new RoleRule("AuditService.publicKey", AUDITOR_ROLES, audit::publicKey));
    rules.add(
        new RoleRule("AuditService.lastVerification", AUDITOR_ROLES, audit::lastVerification));
    rules.add(new RoleRule("AuditService.verifyDatabase", AUDITOR_ROLES, audit::verifyDatabase));
    rules.add(new RoleRule("AuditService.size", AUDITOR_ROLES, audit::size));
    rules.add(
        new RoleRule(
            "AuditService.export",
            AUDITOR_ROLES,
            () ->
                audit.export(
                    new ByteArrayOutputStream(), AuditService.ExportRange.whole(), n -> {})));
    rules.add(
        new RoleRule(
            "AuditService.verifyExport",
            AUDITOR_ROLES,
            () -> {
              var export = new ByteArrayOutputStream();
              audit.export(export, AuditService.ExportRange.whole(), n -> {});
              return audit.verifyExport(new ByteArrayInputStream(export.toByteArray()), null, null);
            }));
    rules.add(
        new RoleRule(
            "AuditService.claimHistory", EVERYONE, () -> audit.claimHistory(claim.claimId())));
    rules.add(
        new RoleRule(
            "AuditService.verdictHistory", EVERYONE, () -> audit.verdictHistory(claim.claimId())));
    rules.add(
        new RoleRule(
            "ClaimDetailService.detail",
            EVERYONE,
            () -> context.getBean(ClaimDetailService.class).detail(claim.claimId())));
    rules.add(
        new RoleRule(
            "ClaimService.recordAsAppearance",
            EDITOR_ROLES,
            () -> {
              ClaimAt seenAgain = desk.claimIn(ClaimStatus.NEW);
              ClaimAt earlier = desk.claimIn(ClaimStatus.NEW);
              return claims.recordAsAppearance(seenAgain.claimId(), earlier.claimId());
            }));
    return rules;
  }

  /** A rating that only this test changes, added by an admin the first time. */
  private RatingDefinition matrixRating() {
    return SignedIn.as(
        DeskScenario.ADMIN,
        Role.ADMIN,
        () ->
            ratings
                .current()
                .find("MATRIX_TEST")
                .orElseGet(
                    () -> ratings.add(new Rating("MATRIX_TEST"), "Matrix", "A test.", true)));
  }

  private String someone(Role role) {
    return switch (role) {
      case ADMIN -> people.admin();
      case EDITOR -> people.thirdEditor();
      case REVIEWER -> people.otherReviewer();
      case AUDITOR -> people.auditor();
    };
  }

  @Test
  void each_role_may_call_exactly_the_other_methods_its_rules_allow() {
    List<String> wrong = new ArrayList<>();
    for (RoleRule rule : roleRules()) {
      for (Role role : Role.values()) {
        Outcome outcome;
        try {
          SignedIn.as(someone(role), role, rule.call());
          outcome = Outcome.DONE;
        } catch (AccessDeniedException e) {
          outcome = Outcome.ACCESS_DENIED;
        }
        // Any other failure is a failure of the test: these calls use real, valid arguments.
        if (rule.allowed().contains(role) != (outcome == Outcome.DONE)) {
          wrong.add(rule.method() + " as " + role + " was " + outcome);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anonymous_callers_are_refused_everywhere() {
    List<Supplier<?>> calls = new ArrayList<>();
    roleRules().forEach(r -> calls.add(r.call()));
    ClaimAt claim = desk.claimIn(ClaimStatus.PUBLISHED);
    claimActions().forEach(a -> calls.add(a.prepare().apply(claim)));
    for (Supplier<?> call : calls) {
      var refused = new ArrayList<Throwable>();
      SignedIn.anonymous(
          () -> {
            try {
              call.get();
            } catch (AuthenticationException e) {
              refused.add(e);
            }
          });
      assertThat(refused).as("an anonymous call is refused").hasSize(1);
    }
  }

  @Test
  void every_public_service_method_has_a_row_in_the_matrix() {
    Set<String> covered = new TreeSet<>();
    roleRules().forEach(r -> covered.add(r.method()));
    claimActions().forEach(a -> covered.add(a.method()));
    List<Class<?>> services =
        List.of(
            UserService.class,
            DocumentService.class,
            ClaimService.class,
            EvidenceService.class,
            VerdictService.class,
            RatingScale.class,
            ClaimReviewService.class,
            QueueExport.class,
            FollowUpService.class,
            AssignmentService.class,
            NotificationService.class,
            ClaimDetailService.class,
            AuditService.class);
    Set<String> missing =
        services.stream()
            .flatMap(
                s ->
                    java.util.Arrays.stream(s.getDeclaredMethods())
                        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                        .map(m -> s.getSimpleName() + "." + m.getName()))
            .filter(name -> !covered.contains(name))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(missing).as("public service methods without a row").isEmpty();
  }

  private static java.nio.file.Path importFile() {
    try {
      java.nio.file.Path file =
          java.nio.file.Files.createTempFile("authorization-import", ".jsonl");
      java.nio.file.Files.writeString(
          file,
          "{\"title\":\"Import rule\",\"text\":\"The mayor said rents rose by "
              + UNIQUE.incrementAndGet()
              + " percent last year.\"}\n");
      file.toFile().deleteOnExit();
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
