package org.claimdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class ClaimWorkflowTest {

  @Test
  void a_claim_goes_from_new_to_published_through_the_allowed_steps() {
    Claim claim = new Claim("Europe never formally received the plan", 0.8, null);
    for (ClaimStatus step :
        new ClaimStatus[] {
          ClaimStatus.ACCEPTED,
          ClaimStatus.ASSIGNED,
          ClaimStatus.IN_REVIEW,
          ClaimStatus.VERDICT_PROPOSED,
          ClaimStatus.APPROVED,
          ClaimStatus.PUBLISHED,
          ClaimStatus.REOPENED
        }) {
      claim.moveTo(step, null);
      assertThat(claim.getStatus()).isEqualTo(step);
    }
  }

  @Test
  void a_forbidden_move_is_refused_with_the_allowed_ones_named() {
    Claim claim = new Claim("Russia has not yet responded", 0.6, null);
    assertThatThrownBy(() -> claim.moveTo(ClaimStatus.PUBLISHED, null))
        .isInstanceOf(UserFacingException.class)
        .hasMessage(
            "A claim that is new cannot become published. Allowed next: accepted, dismissed.");
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.NEW);
  }

  @Test
  void dismissing_needs_a_reason() {
    Claim claim = new Claim("Both sides refused to take questions", 0.2, null);
    assertThatThrownBy(() -> claim.moveTo(ClaimStatus.DISMISSED, " "))
        .hasMessageContaining("Give a reason");
    claim.moveTo(ClaimStatus.DISMISSED, "not checkable");
    assertThat(claim.getStatusReason()).isEqualTo("not checkable");
  }

  @Test
  void only_a_published_claim_can_be_reopened() {
    for (ClaimStatus status : ClaimStatus.values()) {
      assertThat(status.canMoveTo(ClaimStatus.REOPENED))
          .as(status.name())
          .isEqualTo(status == ClaimStatus.PUBLISHED);
    }
  }

  @Test
  void statuses_that_follow_a_verdict_or_an_assignment_are_never_set_by_hand() {
    assertThat(ClaimStatus.VERDICT_PROPOSED.nextByHand())
        .as("approval comes from a second editor approving the verdict")
        .containsExactly(ClaimStatus.IN_REVIEW);
    assertThat(ClaimStatus.APPROVED.nextByHand()).containsExactly(ClaimStatus.IN_REVIEW);
    assertThat(ClaimStatus.ACCEPTED.nextByHand())
        .containsExactlyInAnyOrder(ClaimStatus.IN_REVIEW, ClaimStatus.DISMISSED);
  }
}
