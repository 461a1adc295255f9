package org.claimdesk.audit;

import java.util.Map;
import org.claimdesk.users.ApiTokenChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in, failed sign-in, lockout and sign-out events into audit entries.
 * Only interactive sign-ins with a password count: a Bearer token checked on each API request is
 * not a sign-in.
 */
@Component
class SecurityEventRecorder {

  private final AuditLog log;

  SecurityEventRecorder(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void onSignIn(InteractiveAuthenticationSuccessEvent event) {
    String name = event.getAuthentication().getName();
    log.recordSecurityEvent(name, SecurityEvent.SIGN_IN, name, Map.of());
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
      return;
    }
    String name = String.valueOf(event.getAuthentication().getName());
    SecurityEvent kind =
        switch (event) {
          case AuthenticationFailureLockedEvent locked -> SecurityEvent.LOCKED_OUT;
          case AuthenticationFailureDisabledEvent disabled -> SecurityEvent.SIGN_IN_FAILED;
          default -> SecurityEvent.SIGN_IN_FAILED;
        };
    String why = event.getException().getClass().getSimpleName().replace("Exception", "");
    log.recordSecurityEvent(name, kind, name, Map.of("failure", why));
  }

  @EventListener
  void onToken(ApiTokenChanged event) {
    log.recordSecurityEvent(
        event.revoked() ? SecurityEvent.TOKEN_REVOKED : SecurityEvent.TOKEN_CREATED,
        event.owner(),
        Map.of("token", event.name(), "tokenId", event.tokenId()));
  }

  @EventListener
  void onSignOut(LogoutSuccessEvent event) {
    String name = event.getAuthentication().getName();
    log.recordSecurityEvent(name, SecurityEvent.SIGN_OUT, name, Map.of());
  }
}
