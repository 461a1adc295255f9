package org.claimdesk.users;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * The one way a username and password are checked, whatever the path (the sign-in form, HTTP Basic
 * on the API): through {@link SignInThrottle} first, then the password. Unknown names cost a
 * password comparison like known ones, and a disabled account is told apart only after the right
 * password, so that neither the answer nor its timing says whether a name is an account.
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

  private final SignInThrottle throttle;
  private final DaoAuthenticationProvider passwords;

  ThrottledPasswordAuthentication(
      SignInThrottle throttle, UserAccountDetailsService accounts, PasswordEncoder encoder) {
    this.throttle = throttle;
    this.passwords = new DaoAuthenticationProvider(accounts);
    this.passwords.setPasswordEncoder(encoder);
    // Spring checks "disabled" before the password; checked after it, a wrong password on a
    // deactivated account takes as long and reads the same as on any other name.
    this.passwords.setPreAuthenticationChecks(account -> {});
    this.passwords.setPostAuthenticationChecks(
        account -> {
          if (!account.isEnabled()) {
            throw new DisabledException("The account is deactivated");
          }
        });
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    SignInThrottle.Attempt attempt;
    try {
      attempt = throttle.begin(authentication.getName(), address);
    } catch (DataAccessException | TransactionException unreachable) {
      // Reported like a failed account lookup: a sign-in failure, never an error page.
      throw new InternalAuthenticationServiceException(
          "The sign-in counters cannot be read", unreachable);
    }
    Authentication signedIn;
    try {
      signedIn = passwords.authenticate(authentication);
    } catch (BadCredentialsException wrong) {
      throw wrong; // counted: the attempt stays on the counters
    } catch (RuntimeException other) {
      try {
        throttle.abandoned(attempt);
      } catch (DataAccessException | TransactionException unreachable) {
        other.addSuppressed(unreachable);
      }
      throw other;
    }
    try {
      throttle.succeeded(attempt);
    } catch (DataAccessException | TransactionException unreachable) {
      throw new InternalAuthenticationServiceException(
          "The sign-in counters cannot be written", unreachable);
    }
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
