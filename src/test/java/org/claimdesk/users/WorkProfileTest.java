package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Languages, beats, capacity and availability: who may set them, and what is refused. */
@IntegrationTest
class WorkProfileTest {

  @Autowired UserService users;

  private static int n = 0;

  private UserSummary reviewer() {
    String name = "wp" + System.nanoTime() % 1_000_000_000L + (n++);
    return SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(
                    name,
                    "Rev " + name,
                    "a long enough secret 42",
                    EnumSet.of(Role.REVIEWER),
                    List.of("EN, fr"),
                    List.of("Health", "elections, health"))));
  }

  @Test
  void a_new_person_has_a_capacity_of_ten_and_is_available() {
    UserSummary u = reviewer();
    assertThat(u.capacity()).isEqualTo(10);
    assertThat(u.awayUntil()).isNull();
    assertThat(u.availableOn(LocalDate.now())).isTrue();
    assertThat(u.languages()).containsExactly("en", "fr");
    assertThat(u.beats()).containsExactly("Health", "elections");
  }

  @Test
  void an_admin_sets_capacity_and_availability() {
    UserSummary u = reviewer();
    LocalDate friday = LocalDate.now().plusDays(3);
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          users.setCapacity(u.id(), 3);
          return users.setAvailability(u.id(), friday);
        });
    UserSummary now =
        SignedIn.as("admin", Role.ADMIN, () -> users.findByUsername(u.username()).orElseThrow());
    assertThat(now.capacity()).isEqualTo(3);
    assertThat(now.awayUntil()).isEqualTo(friday);
    assertThat(now.availableOn(friday)).isFalse();
    assertThat(now.availableOn(friday.plusDays(1))).isTrue();
  }

  @Test
  void bad_languages_capacities_and_past_dates_are_refused_with_a_message() {
    UserSummary u = reviewer();
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () -> {
          assertThatThrownBy(() -> users.updateProfile(u.id(), "X", List.of("English"), List.of()))
              .isInstanceOf(UserFacingException.class)
              .hasMessageContaining("ISO 639");
          assertThatThrownBy(() -> users.setCapacity(u.id(), -1))
              .isInstanceOf(UserFacingException.class)
              .hasMessageContaining("capacity from 0");
          assertThatThrownBy(() -> users.setAvailability(u.id(), LocalDate.now().minusDays(1)))
              .isInstanceOf(UserFacingException.class)
              .hasMessageContaining("in the past");
        });
  }

  @Test
  void each_person_edits_their_own_beats_and_availability_but_not_anyone_elses() {
    UserSummary u = reviewer();
    UserSummary other = reviewer();
    LocalDate back = LocalDate.now().plusDays(5);
    UserSummary changed =
        SignedIn.as(
            u.username(),
            Role.REVIEWER,
            () -> {
              users.updateMyBeats(List.of("Ukraine"));
              return users.setMyAvailability(back);
            });
    assertThat(changed.beats()).containsExactly("Ukraine");
    assertThat(changed.awayUntil()).isEqualTo(back);
    assertThat(changed.capacity()).isEqualTo(10);
    SignedIn.as(
        u.username(),
        Role.REVIEWER,
        () -> {
          assertThatThrownBy(() -> users.setAvailability(other.id(), null))
              .isInstanceOf(AccessDeniedException.class);
          assertThatThrownBy(() -> users.setCapacity(u.id(), 50))
              .isInstanceOf(AccessDeniedException.class);
        });
    UserSummary untouched =
        SignedIn.as("admin", Role.ADMIN, () -> users.findByUsername(other.username()).get());
    assertThat(untouched.beats()).containsExactly("Health", "elections");
  }
}
