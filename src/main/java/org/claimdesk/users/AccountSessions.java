package org.claimdesk.users;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the open sessions of a person whose account an admin has deactivated, stripped of a role or
 * given a new password. Sessions on this node end at once through Spring Security's session
 * registry (their next request, heartbeats included, finds them expired); on other nodes {@link
 * AccountChangeFilter} ends them on their next request.
 */
@Component
class AccountSessions {

  private final SessionRegistry registry;

  AccountSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Ends the person's sessions once the current transaction commits (at once outside one). */
  void endAfterCommit(String username) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              end(username);
            }
          });
    } else {
      end(username);
    }
  }

  void end(String username) {
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof UserDetails details
          && details.getUsername().equalsIgnoreCase(username)) {
        registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }
}
