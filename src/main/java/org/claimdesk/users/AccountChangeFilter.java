package org.claimdesk.users;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in person, compares the account's version with the one the session
 * was signed in with (one indexed read). When an admin has changed the account since: a deactivated
 * account, a new password or a removed role ends the session; added roles take effect for this
 * request and the next ones. This works on every web node, whichever node the admin used.
 */
class AccountChangeFilter extends OncePerRequestFilter {

  private final UserAccountDetailsService accounts;
  private final AccountSessions sessions;
  private final SecurityContextHolderStrategy contexts;
  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

  AccountChangeFilter(
      UserAccountDetailsService accounts,
      AccountSessions sessions,
      SecurityContextHolderStrategy contexts) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.contexts = contexts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContext context = contexts.getContext();
    Authentication authentication = context.getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof SignedInAccount signedIn
        && !accounts
            .currentVersion(signedIn.accountId())
            .equals(Optional.of(signedIn.accountVersion()))) {
      Optional<SignedInAccount> now = accounts.current(signedIn.accountId());
      if (now.isEmpty() || mustSignInAgain(signedIn, now.get())) {
        endSession(request, signedIn);
      } else {
        SignedInAccount updated = now.get();
        var refreshed =
            UsernamePasswordAuthenticationToken.authenticated(
                updated, null, updated.getAuthorities());
        refreshed.setDetails(authentication.getDetails());
        updated.eraseCredentials();
        context.setAuthentication(refreshed);
        repository.saveContext(context, request, response);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean mustSignInAgain(SignedInAccount before, SignedInAccount now) {
    return !now.isEnabled()
        || !now.passwordFingerprint().equals(before.passwordFingerprint())
        || !names(now.getAuthorities()).containsAll(names(before.getAuthorities()));
  }

  private void endSession(HttpServletRequest request, SignedInAccount signedIn) {
    sessions.end(signedIn.getUsername());
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    contexts.clearContext();
  }

  private static Set<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }
}
