package org.claimdesk.users;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Too many failed sign-ins for this name, from this address, or both: the password was not even
 * compared. Said alike for names that are accounts and names that are not.
 */
public class SignInThrottledException extends LockedException {

  private final Duration retryAfter;

  SignInThrottledException(Duration retryAfter) {
    super(
        "Too many failed sign-ins. Wait "
            + Math.max(1, (retryAfter.toSeconds() + 59) / 60)
            + " minute(s), then try again.");
    this.retryAfter = retryAfter;
  }

  /** How long until the next attempt is allowed, e.g. for a {@code Retry-After} header. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
