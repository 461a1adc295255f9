package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The second-editor rule for verdicts, tried directly against the service. */
@IntegrationTest
class VerdictRulesTest {

  @Autowired ClaimService claims;
  @Autowired VerdictService verdicts;
  @Autowired UserService users;
  @Autowired AssignmentService assignments;

  private VerdictSummary proposedBy(String author, Role role) {
    long claimId =
        SignedIn.as(
            "editor-a",
            Role.EDITOR,
            () -> {
              ClaimSummary c = claims.create("Wages rose 5%", null, null);
              return claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null).id();
            });
    if (role == Role.REVIEWER) {
      SignedIn.as(
          "admin",
          Role.ADMIN,
          () ->
              users.findByUsername(author).isPresent()
                  ? null
                  : users.createUser(
                      new NewUser(
                          author, author, "a long enough secret", EnumSet.of(role), null, null)));
      SignedIn.as("editor-a", Role.EDITOR, () -> assignments.assign(claimId, author, null));
    }
    return SignedIn.as(
        author, role, () -> verdicts.propose(claimId, Rating.MOSTLY_TRUE, "Close to 4.8%", null));
  }

  @Test
  void an_editor_cannot_approve_their_own_verdict() {
    VerdictSummary verdict = proposedBy("editor-a", Role.EDITOR);
    assertThatThrownBy(
            () -> SignedIn.as("editor-a", Role.EDITOR, () -> verdicts.approve(verdict.id())))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("another editor has to approve it");
  }

  @Test
  void a_reviewer_cannot_approve_a_verdict() {
    VerdictSummary verdict = proposedBy("editor-a", Role.EDITOR);
    assertThatThrownBy(
            () -> SignedIn.as("reviewer-r", Role.REVIEWER, () -> verdicts.approve(verdict.id())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_second_editor_approves_and_publishes_and_a_correction_keeps_both_visible() {
    VerdictSummary verdict = proposedBy("reviewer-r", Role.REVIEWER);
    SignedIn.as("editor-b", Role.EDITOR, () -> verdicts.approve(verdict.id()));
    VerdictSummary published =
        SignedIn.as("editor-b", Role.EDITOR, () -> verdicts.publish(verdict.id()));
    assertThat(published.state()).isEqualTo(VerdictState.PUBLISHED);
    assertThat(published.approver()).isEqualTo("editor-b");

    VerdictSummary correction =
        SignedIn.as(
            "editor-b",
            Role.EDITOR,
            () ->
                verdicts.correct(
                    verdict.id(),
                    Rating.HALF_TRUE,
                    "Only 3.9% after inflation",
                    null,
                    "CPI revised"));
    var all = SignedIn.as("auditor", Role.AUDITOR, () -> verdicts.forClaim(verdict.claimId()));
    assertThat(all)
        .extracting(VerdictSummary::state)
        .containsExactly(VerdictState.SUPERSEDED, VerdictState.PROPOSED);
    assertThat(correction.supersedesId()).isEqualTo(verdict.id());
    assertThat(correction.stateNote()).isEqualTo("CPI revised");
  }
}
