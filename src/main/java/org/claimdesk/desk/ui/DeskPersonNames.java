package org.claimdesk.desk.ui;

import org.claimdesk.ui.PersonNames;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.springframework.stereotype.Component;

/** The shell's display names, from the desk's accounts. */
@Component
class DeskPersonNames implements PersonNames {

  private final UserService users;

  DeskPersonNames(UserService users) {
    this.users = users;
  }

  @Override
  public String displayName(String username) {
    return users.findByUsername(username).map(UserSummary::displayName).orElse(username);
  }
}
