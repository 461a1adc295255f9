package org.claimdesk.shared;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person's username, as services record it on what they create. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<String> username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.ofNullable(auth.getName());
  }

  /** The username, for services that already require a signed-in user. */
  public static String require() {
    return username()
        .orElseThrow(() -> new UserFacingException("Sign in again: your session has ended."));
  }

  /** Whether the signed-in person holds the role, e.g. {@code EDITOR}. */
  public static boolean hasRole(String role) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
  }
}
