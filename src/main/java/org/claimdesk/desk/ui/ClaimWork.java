package org.claimdesk.desk.ui;

import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.users.Roles;

/**
 * Whether the signed-in person may work on a claim, to offer only the actions that will succeed:
 * editors on any claim, reviewers on the claims assigned to them. The services enforce the same
 * rule ({@code ClaimService.checkCanWorkOn}); this only keeps the page honest.
 */
final class ClaimWork {

  private ClaimWork() {}

  static boolean canWorkOn(ClaimSummary claim) {
    if (CurrentUser.hasRole(Roles.EDITOR)) {
      return true;
    }
    return CurrentUser.hasRole(Roles.REVIEWER)
        && claim.assignee() != null
        && CurrentUser.username().map(claim.assignee()::equalsIgnoreCase).orElse(false);
  }
}
