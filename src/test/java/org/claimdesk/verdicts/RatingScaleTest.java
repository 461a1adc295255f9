package org.claimdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.DeskScenario.ClaimAt;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RatingScaleTest {

  @Autowired ApplicationContext context;
  @Autowired RatingScale scale;
  @Autowired VerdictService verdicts;
  @Autowired JdbcTemplate jdbc;

  private DeskScenario desk;

  @BeforeEach
  void setUp() {
    desk = new DeskScenario(context);
  }

  private <T> T asAdmin(Supplier<T> work) {
    return SignedIn.as(desk.people.admin(), Role.ADMIN, work);
  }

  private RatingDefinition now(Rating rating) {
    return asAdmin(() -> scale.current().find(rating.code()).orElseThrow());
  }

  private int audRows(String code) {
    Integer rows =
        jdbc.queryForObject(
            "select count(*) from rating_definition_aud where code = ?", Integer.class, code);
    return rows == null ? 0 : rows;
  }

  @Test
  void the_default_scale_is_the_one_the_desk_had_best_first_with_the_attribution_ratings() {
    RatingDefinitions current = asAdmin(scale::current);
    List<String> defaults =
        current.inOrder().stream()
            .map(RatingDefinition::code)
            .filter(code -> Rating.DEFAULTS.stream().anyMatch(r -> r.code().equals(code)))
            .toList();
    assertThat(defaults)
        .containsExactly(
            "TRUE",
            "MOSTLY_TRUE",
            "HALF_TRUE",
            "MOSTLY_FALSE",
            "FALSE",
            "MISLEADING",
            "UNPROVEN",
            "ACCURATELY_ATTRIBUTED",
            "MISATTRIBUTED");
    assertThat(current.label("MOSTLY_TRUE")).isEqualTo("Mostly true");
    assertThat(current.find("MISATTRIBUTED").orElseThrow().attributedOnly()).isTrue();
    assertThat(current.find("FALSE").orElseThrow().attributedOnly()).isFalse();
    assertThat(current.find("FALSE").orElseThrow().definition()).isNotBlank();
  }

  @Test
  void a_retired_rating_stays_on_its_verdicts_but_no_new_verdict_or_correction_can_use_it() {
    ClaimAt published = desk.claimIn(ClaimStatus.PUBLISHED); // rated MOSTLY_FALSE
    ClaimAt inReview = desk.claimIn(ClaimStatus.IN_REVIEW);
    RatingDefinition before = now(Rating.MOSTLY_FALSE);
    asAdmin(() -> scale.retire(Rating.MOSTLY_FALSE, before.version()));
    try {
      assertThat(now(Rating.MOSTLY_FALSE).retired()).isTrue();
      assertThat(asAdmin(scale::current).active())
          .extracting(RatingDefinition::code)
          .doesNotContain("MOSTLY_FALSE")
          .contains("FALSE");
      assertThat(desk.verdict(published.claimId(), published.verdictId()).rating())
          .isEqualTo(Rating.MOSTLY_FALSE);
      assertThat(desk.claim(published.claimId()).currentRating()).isEqualTo("MOSTLY_FALSE");

      assertThatThrownBy(
              () ->
                  SignedIn.as(
                      desk.people.reviewer(),
                      Role.REVIEWER,
                      () ->
                          verdicts.propose(
                              inReview.claimId(),
                              desk.version(inReview.claimId()),
                              Rating.MOSTLY_FALSE,
                              "Fell less",
                              null)))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining("retired");
      VerdictSummary inForce = desk.verdict(published.claimId(), published.verdictId());
      assertThatThrownBy(
              () ->
                  SignedIn.as(
                      desk.people.editor(),
                      Role.EDITOR,
                      () ->
                          verdicts.correct(
                              inForce.id(),
                              inForce.version(),
                              Rating.MOSTLY_FALSE,
                              "Still fell less",
                              null,
                              "new figures")))
          .hasMessageContaining("retired");
      VerdictSummary proposed =
          SignedIn.as(
              desk.people.reviewer(),
              Role.REVIEWER,
              () ->
                  verdicts.propose(
                      inReview.claimId(),
                      desk.version(inReview.claimId()),
                      Rating.FALSE,
                      "It rose",
                      null));
      assertThat(proposed.rating()).isEqualTo(Rating.FALSE);
    } finally {
      asAdmin(() -> scale.reinstate(Rating.MOSTLY_FALSE, now(Rating.MOSTLY_FALSE).version()));
    }
    assertThat(now(Rating.MOSTLY_FALSE).retired()).isFalse();
  }

  @Test
  void a_rating_the_scale_does_not_have_is_refused_with_a_clear_message() {
    ClaimAt inReview = desk.claimIn(ClaimStatus.IN_REVIEW);
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    desk.people.reviewer(),
                    Role.REVIEWER,
                    () ->
                        verdicts.propose(
                            inReview.claimId(),
                            desk.version(inReview.claimId()),
                            new Rating("PANTS_ON_FIRE"),
                            "No",
                            null)))
        .hasMessageContaining("no rating PANTS_ON_FIRE");
    assertThatThrownBy(() -> Rating.valueOf("1=1; drop"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("not a rating code");
  }

  @Test
  void an_admin_changes_label_definition_and_order_and_each_change_is_audited() {
    RatingDefinition half = now(Rating.HALF_TRUE);
    int audRowsBefore = audRows("HALF_TRUE");
    try {
      asAdmin(
          () ->
              scale.describe(
                  Rating.HALF_TRUE, half.version(), "Partly true", "Some of it holds.", false));
      assertThat(asAdmin(scale::current).label(Rating.HALF_TRUE)).isEqualTo("Partly true");
      assertThat(now(Rating.HALF_TRUE).definition()).isEqualTo("Some of it holds.");

      int position = now(Rating.HALF_TRUE).position();
      asAdmin(() -> scale.move(Rating.HALF_TRUE, now(Rating.HALF_TRUE).version(), -1));
      assertThat(now(Rating.HALF_TRUE).position()).isEqualTo(position - 1);
      assertThat(now(Rating.MOSTLY_TRUE).position()).isEqualTo(position);

      assertThat(audRows("HALF_TRUE")).isEqualTo(audRowsBefore + 2);
      Integer logged =
          jdbc.queryForObject(
              "select count(*) from audit_entry where entity like '%Rating%' and entity_id = '3'",
              Integer.class);
      assertThat(logged).isGreaterThanOrEqualTo(2);

      assertThatThrownBy(
              () ->
                  asAdmin(() -> scale.describe(Rating.HALF_TRUE, half.version(), "X", "Y", false)))
          .hasMessageContaining("Somebody else has changed this rating");
    } finally {
      asAdmin(() -> scale.move(Rating.HALF_TRUE, now(Rating.HALF_TRUE).version(), 1));
      asAdmin(
          () ->
              scale.describe(
                  Rating.HALF_TRUE,
                  now(Rating.HALF_TRUE).version(),
                  half.label(),
                  half.definition(),
                  false));
    }
    assertThat(now(Rating.HALF_TRUE).position()).isEqualTo(half.position());
    assertThat(now(Rating.HALF_TRUE).label()).isEqualTo("Half true");
  }

  @Test
  void only_an_admin_changes_the_scale() {
    RatingDefinition d = now(Rating.TRUE);
    assertThatThrownBy(
            () ->
                SignedIn.as(
                    desk.people.editor(),
                    Role.EDITOR,
                    () -> scale.retire(Rating.TRUE, d.version())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(now(Rating.TRUE).retired()).isFalse();
  }
}
