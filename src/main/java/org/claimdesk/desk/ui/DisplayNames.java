package org.claimdesk.desk.ui;

import java.util.HashMap;
import java.util.Map;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;

/** People's display names for usernames, looked up once per page view. */
final class DisplayNames {

  private final UserService users;
  private final Map<String, String> names = new HashMap<>();

  DisplayNames(UserService users) {
    this.users = users;
  }

  String of(@Nullable String username) {
    if (username == null) {
      return "nobody";
    }
    return names.computeIfAbsent(
        username, u -> users.findByUsername(u).map(UserSummary::displayName).orElse(u));
  }

  /** Forgets what was looked up, so that a renamed person shows their new name on reload. */
  void clear() {
    names.clear();
  }
}
