package org.claimdesk.support;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.users.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a signed-in person with the authorities a real sign-in would grant. */
public final class SignedIn {

  private SignedIn() {}

  public static void as(String username, Role role, Runnable work) {
    as(
        username,
        role,
        () -> {
          work.run();
          return null;
        });
  }

  public static <T> T as(String username, Role role, Supplier<T> work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication(username, role));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** Signs in for the rest of a test, e.g. a browserless view test; undo with {@link #end()}. */
  public static void begin(String username, Role role) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication(username, role));
    SecurityContextHolder.setContext(context);
  }

  public static void end() {
    SecurityContextHolder.clearContext();
  }

  private static UsernamePasswordAuthenticationToken authentication(String username, Role role) {
    List<SimpleGrantedAuthority> authorities =
        Role.granted(EnumSet.of(role)).stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities);
  }

  public static void anonymous(Runnable work) {
    var previous = SecurityContextHolder.getContext();
    SecurityContextHolder.clearContext();
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
