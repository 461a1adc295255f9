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
    List<SimpleGrantedAuthority> authorities =
        Role.granted(EnumSet.of(role)).stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
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
