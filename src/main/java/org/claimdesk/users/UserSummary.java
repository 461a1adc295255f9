package org.claimdesk.users;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as other features and views see it: no password hash. */
public record UserSummary(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean active,
    @Nullable String languages,
    @Nullable String beats) {

  static UserSummary of(User user) {
    return new UserSummary(
        user.getId() == null ? 0 : user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getRoles(),
        user.isActive(),
        user.getLanguages(),
        user.getBeats());
  }
}
