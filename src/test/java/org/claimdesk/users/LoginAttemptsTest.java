package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private final MutableClock clock = new MutableClock();
  private final LoginAttempts attempts = new LoginAttempts(clock);

  @Test
  void five_wrong_passwords_lock_the_name_for_fifteen_minutes() {
    for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
      attempts.recordFailure("Alice");
    }
    assertThat(attempts.isLocked("alice")).isFalse();
    attempts.recordFailure("alice ");
    assertThat(attempts.isLocked("ALICE")).isTrue();
    assertThat(attempts.isLocked("bob")).isFalse();

    clock.advance(LoginAttempts.LOCK_TIME.plusSeconds(1));
    assertThat(attempts.isLocked("alice")).isFalse();
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2025-11-23T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
