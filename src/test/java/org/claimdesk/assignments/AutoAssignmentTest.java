package org.claimdesk.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.claimdesk.assignments.AutoAssignment.Candidate;
import org.claimdesk.assignments.AutoAssignment.Placement;
import org.claimdesk.assignments.AutoAssignment.Work;
import org.junit.jupiter.api.Test;

/** The rules of automatic assignment, one by one, on plain values. */
class AutoAssignmentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

  private static Candidate person(String name, int load, int capacity) {
    return new Candidate(name, true, true, Set.of("en"), List.of(), capacity, load, null);
  }

  private static Work claim(long id, String statement) {
    return new Work(id, statement, "A Minister", "Daily", "en", 0.5, T0.plusSeconds(id), Set.of());
  }

  private static String chosen(Work claim, Candidate... people) {
    return AutoAssignment.place(List.of(claim), List.of(people), TODAY).getFirst().reviewer();
  }

  @Test
  void the_lowest_load_relative_to_capacity_wins() {
    // 2 of 10 is lighter than 1 of 2.
    assertThat(chosen(claim(1, "x"), person("bea", 1, 2), person("carl", 2, 10))).isEqualTo("carl");
  }

  @Test
  void people_who_do_not_speak_the_documents_language_are_skipped() {
    Candidate french = new Candidate("amy", true, true, Set.of("fr"), List.of(), 10, 0, null);
    assertThat(chosen(claim(1, "x"), french, person("zed", 5, 10))).isEqualTo("zed");
    Work unknownLanguage = new Work(2, "x", null, null, null, 0.5, T0, Set.of());
    assertThat(chosen(unknownLanguage, french, person("zed", 5, 10))).isEqualTo("amy");
  }

  @Test
  void people_at_capacity_are_skipped_and_with_nobody_left_the_reason_says_so() {
    assertThat(chosen(claim(1, "x"), person("amy", 3, 3), person("zed", 8, 10))).isEqualTo("zed");
    Placement none =
        AutoAssignment.place(List.of(claim(7, "x")), List.of(person("amy", 3, 3)), TODAY)
            .getFirst();
    assertThat(none.reviewer()).isNull();
    assertThat(none.reason()).isEqualTo("Nobody is eligible for claim #7: 1 at capacity.");
  }

  @Test
  void away_people_are_skipped_until_the_day_after_their_last_day_away() {
    Candidate away = new Candidate("amy", true, true, Set.of("en"), List.of(), 10, 0, TODAY);
    assertThat(chosen(claim(1, "x"), away, person("zed", 5, 10))).isEqualTo("zed");
    Candidate back =
        new Candidate("amy", true, true, Set.of("en"), List.of(), 10, 0, TODAY.minusDays(1));
    assertThat(chosen(claim(1, "x"), back, person("zed", 5, 10))).isEqualTo("amy");
  }

  @Test
  void inactive_people_and_people_without_the_reviewer_role_are_skipped() {
    Candidate gone = new Candidate("amy", false, true, Set.of("en"), List.of(), 10, 0, null);
    Candidate auditor = new Candidate("ann", true, false, Set.of("en"), List.of(), 10, 0, null);
    Placement p =
        AutoAssignment.place(List.of(claim(3, "x")), List.of(gone, auditor), TODAY).getFirst();
    assertThat(p.reason())
        .isEqualTo("Nobody is eligible for claim #3: 1 deactivated, 1 without the reviewer role.");
  }

  @Test
  void excluded_people_are_skipped() {
    Work excluded = new Work(1, "x", "A Minister", "Daily", "en", 0.5, T0, Set.of("amy"));
    assertThat(chosen(excluded, person("amy", 0, 10), person("zed", 9, 10))).isEqualTo("zed");
  }

  @Test
  void a_claim_touching_a_beat_goes_first_to_people_on_that_beat_even_if_busier() {
    Candidate health =
        new Candidate("zoe", true, true, Set.of("en"), List.of("Public Health"), 10, 6, null);
    assertThat(chosen(claim(1, "Public health spending doubled"), person("amy", 0, 10), health))
        .isEqualTo("zoe");
    // Whole words only: "healthy" is not the beat "health".
    Candidate word = new Candidate("zoe", true, true, Set.of("en"), List.of("health"), 10, 6, null);
    assertThat(chosen(claim(2, "A healthy economy"), person("amy", 0, 10), word)).isEqualTo("amy");
    // The outlet and the speaker count as the claim's words too.
    Work fromOutlet =
        new Work(3, "Prices rose", "A Minister", "Health Weekly", "en", 0.5, T0, Set.of());
    assertThat(chosen(fromOutlet, person("amy", 0, 10), word)).isEqualTo("zoe");
  }

  @Test
  void most_check_worthy_then_oldest_claims_are_placed_first_and_each_placement_counts() {
    Work old = new Work(1, "x", null, null, "en", 0.5, T0, Set.of());
    Work recent = new Work(2, "x", null, null, "en", 0.5, T0.plusSeconds(60), Set.of());
    Work worthy = new Work(3, "x", null, null, "en", 0.9, T0.plusSeconds(120), Set.of());
    List<Placement> placed =
        AutoAssignment.place(
            List.of(recent, old, worthy),
            List.of(person("amy", 0, 2), person("bob", 0, 10)),
            TODAY);
    assertThat(placed).extracting(Placement::claimId).containsExactly(3L, 1L, 2L);
    // amy and bob tie on 0: amy by name; then bob (0/10 < 1/2); then bob again (1/10 < 1/2).
    assertThat(placed).extracting(Placement::reviewer).containsExactly("amy", "bob", "bob");
  }

  @Test
  void the_same_input_gives_the_same_result_whatever_the_order_it_comes_in() {
    List<Work> claims = new ArrayList<>();
    for (long i = 1; i <= 30; i++) {
      claims.add(
          new Work(i, "x", null, null, "en", (i % 4) / 4.0, T0.plusSeconds(i % 7), Set.of()));
    }
    List<Candidate> people =
        List.of(person("dan", 1, 5), person("cat", 0, 4), person("eve", 2, 10), person("bo", 0, 4));
    List<Placement> first = AutoAssignment.place(claims, people, TODAY);
    List<Work> shuffledClaims = new ArrayList<>(claims);
    Collections.shuffle(shuffledClaims, new java.util.Random(42));
    List<Candidate> shuffledPeople = new ArrayList<>(people);
    Collections.reverse(shuffledPeople);
    assertThat(AutoAssignment.place(shuffledClaims, shuffledPeople, TODAY)).isEqualTo(first);
    // Ties broken by name: bo before cat when both have none.
    assertThat(first.getFirst().reviewer()).isEqualTo("bo");
  }
}
