package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimFilter;
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
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Every role against every service method: the rules of DESIGN.md hold in the services, whatever
 * the views show or hide.
 */
@IntegrationTest
class ServiceAuthorizationTest {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
  private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.EDITOR);
  private static final Set<Role> REVIEWERS = EnumSet.of(Role.ADMIN, Role.EDITOR, Role.REVIEWER);
  private static final Set<Role> AUDITORS = EnumSet.of(Role.ADMIN, Role.AUDITOR);

  @Autowired UserService users;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired EvidenceService evidence;
  @Autowired VerdictService verdicts;
  @Autowired FollowUpService followUps;
  @Autowired AssignmentService assignments;
  @Autowired AuditService audit;

  private record Rule(String method, Set<Role> allowed, Runnable call) {}

  private List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule("UserService.listUsers", ADMINS, () -> users.listUsers()));
    rules.add(
        new Rule(
            "UserService.createUser",
            ADMINS,
            () ->
                users.createUser(
                    new NewUser(
                        "matrix" + System.nanoTime(),
                        "Matrix",
                        "long enough password 1",
                        EnumSet.of(Role.REVIEWER),
                        null,
                        null))));
    rules.add(
        new Rule(
            "UserService.updateProfile", ADMINS, () -> users.updateProfile(-1, "X", null, null)));
    rules.add(
        new Rule(
            "UserService.setRoles", ADMINS, () -> users.setRoles(-1, EnumSet.of(Role.EDITOR))));
    rules.add(new Rule("UserService.setActive", ADMINS, () -> users.setActive(-1, false)));
    rules.add(
        new Rule(
            "UserService.resetPassword",
            ADMINS,
            () -> users.resetPassword(-1, "another long one")));
    rules.add(new Rule("UserService.listActiveUsers", EVERYONE, () -> users.listActiveUsers()));
    rules.add(new Rule("UserService.findByUsername", EVERYONE, () -> users.findByUsername("x")));

    rules.add(
        new Rule(
            "DocumentService.ingest",
            EDITORS,
            () ->
                documents.ingest(
                    new DocumentDraft(
                        "t", null, null, null, "Text number " + System.nanoTime() + " said."))));
    rules.add(new Rule("DocumentService.recent", EVERYONE, () -> documents.recent(5)));
    rules.add(new Rule("DocumentService.find", EVERYONE, () -> documents.find(1)));
    rules.add(new Rule("DocumentService.originalText", EVERYONE, () -> documents.originalText(1)));

    rules.add(new Rule("ClaimService.create", EDITORS, () -> claims.create("x", null, null)));
    rules.add(
        new Rule(
            "ClaimService.changeStatus",
            EDITORS,
            () -> claims.changeStatus(-1, 0, ClaimStatus.ACCEPTED, null)));
    rules.add(
        new Rule(
            "ClaimService.editStatement",
            EDITORS,
            () -> claims.editStatement(-1, 0, "x", null, null)));
    rules.add(new Rule("ClaimService.find", EVERYONE, () -> claims.find(1)));
    rules.add(
        new Rule(
            "ClaimService.queue",
            EVERYONE,
            () -> claims.queue(ClaimFilter.all(), PageRequest.of(0, 5))));
    rules.add(
        new Rule(
            "ClaimService.bulkChangeStatus",
            EDITORS,
            () -> claims.bulkChangeStatus(List.of(-1L), ClaimStatus.ACCEPTED, null)));
    rules.add(
        new Rule(
            "ClaimService.countsByStatus",
            EVERYONE,
            () -> claims.countsByStatus(ClaimFilter.all())));
    rules.add(new Rule("ClaimService.outlets", EVERYONE, () -> claims.outlets()));
    rules.add(new Rule("ClaimService.merge", EDITORS, () -> claims.merge(-1, -2)));
    rules.add(new Rule("ClaimService.split", EDITORS, () -> claims.split(-1, "a", "b")));
    rules.add(new Rule("ClaimService.itemsOfDocument", EVERYONE, () -> claims.itemsOfDocument(1)));
    rules.add(new Rule("ClaimService.appearances", EVERYONE, () -> claims.appearances(1)));
    rules.add(new Rule("ClaimService.checkCanWorkOn", REVIEWERS, () -> claims.checkCanWorkOn(-1)));

    rules.add(
        new Rule(
            "EvidenceService.createSource",
            REVIEWERS,
            () ->
                evidence.createSource(
                    new SourceDraft(
                        SourceKind.WIRE_SERVICE, "Xinhua", "Xinhua", null, null, null, null))));
    rules.add(
        new Rule(
            "EvidenceService.attach",
            REVIEWERS,
            () -> evidence.attach(-1, -1, Stance.CONTEXT, null, null)));
    rules.add(
        new Rule("EvidenceService.findSources", EVERYONE, () -> evidence.findSources("x", 5)));
    rules.add(new Rule("EvidenceService.forClaim", EVERYONE, () -> evidence.forClaim(1)));

    rules.add(
        new Rule(
            "VerdictService.propose",
            REVIEWERS,
            () -> verdicts.propose(-1, Rating.FALSE, "summary", null)));
    rules.add(new Rule("VerdictService.approve", EDITORS, () -> verdicts.approve(-1)));
    rules.add(
        new Rule("VerdictService.returnToAuthor", EDITORS, () -> verdicts.returnToAuthor(-1, "c")));
    rules.add(new Rule("VerdictService.publish", EDITORS, () -> verdicts.publish(-1)));
    rules.add(
        new Rule(
            "VerdictService.correct",
            EDITORS,
            () -> verdicts.correct(-1, Rating.TRUE, "s", null, "note")));
    rules.add(new Rule("VerdictService.retract", EDITORS, () -> verdicts.retract(-1, "why")));
    rules.add(new Rule("VerdictService.forClaim", EVERYONE, () -> verdicts.forClaim(1)));
    rules.add(
        new Rule("VerdictService.awaitingApproval", EVERYONE, () -> verdicts.awaitingApproval()));

    rules.add(
        new Rule(
            "FollowUpService.schedule",
            REVIEWERS,
            () -> followUps.schedule(-1, "reply", LocalDate.now(), null)));
    rules.add(
        new Rule(
            "FollowUpService.close",
            REVIEWERS,
            () -> followUps.close(-1, FollowUpStatus.DONE, "done")));
    rules.add(new Rule("FollowUpService.open", EVERYONE, () -> followUps.open()));
    rules.add(new Rule("FollowUpService.forClaim", EVERYONE, () -> followUps.forClaim(1)));

    rules.add(
        new Rule("AssignmentService.assign", EDITORS, () -> assignments.assign(-1, "rev", null)));
    rules.add(new Rule("AssignmentService.activeFor", EVERYONE, () -> assignments.activeFor(1)));
    rules.add(new Rule("AssignmentService.mine", REVIEWERS, () -> assignments.mine()));

    rules.add(new Rule("AuditService.recent", AUDITORS, () -> audit.recent(5)));
    rules.add(new Rule("AuditService.claimHistory", EVERYONE, () -> audit.claimHistory(1)));
    rules.add(new Rule("AuditService.claimProof", EVERYONE, () -> audit.claimProof(1)));
    rules.add(
        new Rule(
            "AuditService.search",
            AUDITORS,
            () ->
                audit.search(
                    org.claimdesk.audit.AuditQuery.all(),
                    org.springframework.data.domain.PageRequest.of(0, 5))));
    rules.add(new Rule("AuditService.latestCheckpoint", AUDITORS, () -> audit.latestCheckpoint()));
    rules.add(new Rule("AuditService.publicKey", AUDITORS, () -> audit.publicKey()));
    rules.add(new Rule("AuditService.lastVerification", AUDITORS, () -> audit.lastVerification()));
    rules.add(new Rule("AuditService.verifyDatabase", AUDITORS, () -> audit.verifyDatabase()));
    rules.add(new Rule("AuditService.size", AUDITORS, () -> audit.size()));
    rules.add(
        new Rule(
            "AuditService.export",
            AUDITORS,
            () ->
                audit.export(
                    new java.io.ByteArrayOutputStream(),
                    org.claimdesk.audit.AuditService.ExportRange.whole(),
                    n -> {})));
    rules.add(
        new Rule(
            "AuditService.verifyExport",
            AUDITORS,
            () -> audit.verifyExport(new java.io.ByteArrayInputStream(new byte[0]), null, null)));
    return rules;
  }

  @TestFactory
  Stream<DynamicTest> each_role_may_call_exactly_the_methods_its_rules_allow() {
    return rules().stream()
        .flatMap(
            rule ->
                Stream.of(Role.values())
                    .map(
                        role ->
                            dynamicTest(
                                rule.method()
                                    + " as "
                                    + role
                                    + (rule.allowed().contains(role)
                                        ? " is allowed"
                                        : " is denied"),
                                () -> check(rule, role))));
  }

  @TestFactory
  Stream<DynamicTest> anonymous_callers_are_refused_everywhere() {
    return rules().stream()
        .map(
            rule ->
                dynamicTest(
                    rule.method() + " without sign-in is refused",
                    () ->
                        SignedIn.anonymous(
                            () ->
                                assertThatThrownBy(rule.call()::run)
                                    .isInstanceOf(AuthenticationException.class))));
  }

  @Test
  void every_public_service_method_has_a_rule_in_the_matrix() {
    Set<String> covered =
        rules().stream().map(Rule::method).collect(java.util.stream.Collectors.toSet());
    List<Class<?>> services =
        List.of(
            UserService.class,
            DocumentService.class,
            ClaimService.class,
            EvidenceService.class,
            VerdictService.class,
            FollowUpService.class,
            AssignmentService.class,
            AuditService.class);
    for (Class<?> service : services) {
      for (var method : service.getDeclaredMethods()) {
        if (java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
          assertThat(covered)
              .as("authorization rule for %s.%s", service.getSimpleName(), method.getName())
              .contains(service.getSimpleName() + "." + method.getName());
        }
      }
    }
  }

  private static void check(Rule rule, Role role) {
    SignedIn.as(
        "matrix-" + role.name().toLowerCase(),
        role,
        () -> {
          if (rule.allowed().contains(role)) {
            try {
              rule.call().run();
            } catch (AccessDeniedException e) {
              throw new AssertionError(role + " was refused " + rule.method(), e);
            } catch (RuntimeException e) {
              // Allowed through: failing on the made-up arguments is fine here.
              assertThat(e).isNotInstanceOf(AccessDeniedException.class);
            }
          } else {
            assertThatThrownBy(rule.call()::run).isInstanceOf(AccessDeniedException.class);
          }
        });
  }
}
