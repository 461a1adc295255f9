package org.claimdesk.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The desk itself as the actor of scheduled work (the assignment sweep, due-date notices): it signs
 * in as "system" with the editor's rights, so that the services' rules and the audit trail apply to
 * it as to a person. Only code that runs on a schedule uses it, never a request.
 */
public final class DeskAccount {

  /** The name the audit trail records for the desk's own changes. */
  public static final String NAME = "system";

  private DeskAccount() {}

  public static <T> T run(Supplier<T> work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            NAME,
            "n/a",
            List.of(
                new SimpleGrantedAuthority("ROLE_EDITOR"),
                new SimpleGrantedAuthority("ROLE_REVIEWER"))));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
