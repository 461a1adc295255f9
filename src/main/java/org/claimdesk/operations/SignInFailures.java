package org.claimdesk.operations;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Where a failed sign-in goes: a database outage must never read as a wrong password, since the
 * person would start doubting a password that is right.
 */
public final class SignInFailures {

  private SignInFailures() {}

  /** The sign-in page's address (below the context path) that explains this failure. */
  public static String redirectFor(AuthenticationException failure) {
    if (DatabaseOutage.isOutage(failure)) {
      return "/login?unavailable";
    }
    return failure instanceof LockedException ? "/login?locked" : "/login?error";
  }
}
