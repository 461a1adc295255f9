package org.claimdesk.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.Stance;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Test data built the way the desk builds it, through the services and by real accounts: an editor
 * triages and assigns, the assigned reviewer attaches evidence and proposes, a second editor
 * approves and a third publishes. Nothing is inserted by SQL, so the same data is built on H2 and
 * PostgreSQL.
 */
public final class DeskScenario {

  /** The first admin, created at the first start of every test database. */
  public static final String ADMIN = "admin";

  /** The password of every account a scenario creates. */
  public static final String PASSWORD = "a long enough secret 42";

  private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  /** The real accounts of one scenario; their names are unique to it. */
  public record People(
      String editor,
      String secondEditor,
      String thirdEditor,
      String reviewer,
      String otherReviewer,
      String auditor,
      String admin) {}

  /** A claim brought to a status, with its verdict (if it has one by then). */
  public record ClaimAt(long claimId, ClaimStatus status, @Nullable Long verdictId) {}

  private final UserService users;
  private final ClaimService claims;
  private final AssignmentService assignments;
  private final EvidenceService evidence;
  private final VerdictService verdicts;
  public final People people;

  public DeskScenario(ApplicationContext context) {
    this.users = context.getBean(UserService.class);
    this.claims = context.getBean(ClaimService.class);
    this.assignments = context.getBean(AssignmentService.class);
    this.evidence = context.getBean(EvidenceService.class);
    this.verdicts = context.getBean(VerdictService.class);
    long n = RUN.incrementAndGet();
    this.people =
        new People(
            "eda" + n, "ben" + n, "cleo" + n, "rita" + n, "otto" + n, "audrey" + n, "adam" + n);
    // "admin" is the account the first start creates.
    SignedIn.as(
        ADMIN,
        Role.ADMIN,
        () -> {
          create(people.admin(), Role.ADMIN);
          create(people.editor(), Role.EDITOR);
          create(people.secondEditor(), Role.EDITOR);
          create(people.thirdEditor(), Role.EDITOR);
          create(people.reviewer(), Role.REVIEWER);
          create(people.otherReviewer(), Role.REVIEWER);
          create(people.auditor(), Role.AUDITOR);
          return null;
        });
  }

  private void create(String name, Role role) {
    users.createUser(new NewUser(name, "Test " + name, PASSWORD, EnumSet.of(role), null, null));
  }

  /** One claim in each status of the workflow. */
  public List<ClaimAt> oneClaimInEveryStatus() {
    return EnumSet.allOf(ClaimStatus.class).stream().map(this::claimIn).toList();
  }

  /**
   * A claim in {@code status}, reached the way the desk reaches it: assigned to {@link
   * People#reviewer()}, whose verdict {@link People#editor()} approves and {@link
   * People#secondEditor()} publishes.
   */
  public ClaimAt claimIn(ClaimStatus status) {
    String editor = people.editor();
    ClaimSummary c =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () ->
                claims.create(
                    "The deficit fell by 4.2% in " + status.label().toLowerCase() + " times",
                    "A Minister",
                    SpeakerKind.PERSON));
    if (status == ClaimStatus.NEW) {
      return new ClaimAt(c.id(), status, null);
    }
    if (status == ClaimStatus.DISMISSED) {
      SignedIn.as(
          editor,
          Role.EDITOR,
          () -> claims.changeStatus(c.id(), c.version(), ClaimStatus.DISMISSED, "opinion"));
      return new ClaimAt(c.id(), status, null);
    }
    ClaimSummary accepted =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () -> claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null));
    if (status == ClaimStatus.ACCEPTED) {
      return new ClaimAt(c.id(), status, null);
    }
    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            assignments.assign(
                c.id(), accepted.version(), people.reviewer(), LocalDate.now().plusDays(3)));
    if (status == ClaimStatus.ASSIGNED) {
      return new ClaimAt(c.id(), status, null);
    }
    SignedIn.as(
        people.reviewer(),
        Role.REVIEWER,
        () -> {
          var source =
              evidence.createSource(
                  new SourceDraft(
                      SourceKind.OFFICIAL_DOCUMENT,
                      "Budget outturn " + c.id(),
                      "Treasury",
                      null,
                      null,
                      null,
                      null));
          return evidence.attach(c.id(), source.id(), Stance.REFUTES, "fell by 3.1%", null);
        });
    if (status == ClaimStatus.IN_REVIEW) {
      return new ClaimAt(c.id(), status, null);
    }
    VerdictSummary proposed =
        SignedIn.as(
            people.reviewer(),
            Role.REVIEWER,
            () ->
                verdicts.propose(
                    c.id(), version(c.id()), Rating.MOSTLY_FALSE, "It fell by 3.1%", null));
    if (status == ClaimStatus.VERDICT_PROPOSED) {
      return new ClaimAt(c.id(), status, proposed.id());
    }
    VerdictSummary approved =
        SignedIn.as(editor, Role.EDITOR, () -> verdicts.approve(proposed.id(), proposed.version()));
    if (status == ClaimStatus.APPROVED) {
      return new ClaimAt(c.id(), status, proposed.id());
    }
    SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));
    if (status == ClaimStatus.PUBLISHED) {
      return new ClaimAt(c.id(), status, proposed.id());
    }
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> claims.changeStatus(c.id(), version(c.id()), ClaimStatus.REOPENED, "new figures"));
    return new ClaimAt(c.id(), ClaimStatus.REOPENED, proposed.id());
  }

  /**
   * Publishes a verdict on an existing claim (e.g. one found in an ingested document) the way the
   * desk does: accepted and assigned to the reviewer, who proposes; the editor approves and the
   * second editor publishes. Returns the published verdict.
   */
  public VerdictSummary publishVerdict(long claimId, Rating rating, String summary) {
    String editor = people.editor();
    ClaimSummary c = claim(claimId);
    if (c.status() == ClaimStatus.NEW) {
      c =
          SignedIn.as(
              editor,
              Role.EDITOR,
              () -> claims.changeStatus(claimId, version(claimId), ClaimStatus.ACCEPTED, null));
    }
    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            assignments.assign(
                claimId, version(claimId), people.reviewer(), LocalDate.now().plusDays(3)));
    VerdictSummary proposed =
        SignedIn.as(
            people.reviewer(),
            Role.REVIEWER,
            () -> verdicts.propose(claimId, version(claimId), rating, summary, null));
    VerdictSummary approved =
        SignedIn.as(editor, Role.EDITOR, () -> verdicts.approve(proposed.id(), proposed.version()));
    return SignedIn.as(
        people.secondEditor(),
        Role.EDITOR,
        () -> verdicts.publish(approved.id(), approved.version()));
  }

  /** The claim as it is now in the database. */
  public ClaimSummary claim(long claimId) {
    return SignedIn.as(people.auditor(), Role.AUDITOR, () -> claims.find(claimId).orElseThrow());
  }

  public long version(long claimId) {
    return claim(claimId).version();
  }

  /** The verdict as it is now in the database. */
  public VerdictSummary verdict(long claimId, long verdictId) {
    return SignedIn.as(
        people.auditor(),
        Role.AUDITOR,
        () ->
            verdicts.forClaim(claimId).stream()
                .filter(v -> v.id() == verdictId)
                .findFirst()
                .orElseThrow());
  }

  /** The claim's verdicts in one state, oldest first. */
  public List<VerdictSummary> verdicts(long claimId, VerdictState state) {
    return SignedIn.as(
        people.auditor(),
        Role.AUDITOR,
        () -> verdicts.forClaim(claimId).stream().filter(v -> v.state() == state).toList());
  }
}
