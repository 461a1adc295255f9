package org.claimdesk.users;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as other features and views see it: no password hash. {@code awayUntil} is the last day
 * the person is away; null means available.
 */
public record UserSummary(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean active,
    List<String> languages,
    List<String> beats,
    int capacity,
    @Nullable LocalDate awayUntil) {

  static UserSummary of(User user) {
    return new UserSummary(
        user.getId() == null ? 0 : user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getRoles(),
        user.isActive(),
        PersonTags.split(user.getLanguages()),
        PersonTags.split(user.getBeats()),
        user.getCapacity(),
        user.getAwayUntil());
  }

  /** Whether the person is at work on that day: active and not away. */
  public boolean availableOn(LocalDate day) {
    return active && (awayUntil == null || awayUntil.isBefore(day));
  }
}
