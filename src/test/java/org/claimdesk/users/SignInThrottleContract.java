package org.claimdesk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The throttle's counters on a real database, with a clock the test moves. Two throttles on one
 * database stand for two web nodes.
 */
abstract class SignInThrottleContract {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final MovableClock clock = new MovableClock();
  private SignInThrottle node1;
  private SignInThrottle node2;
  private String name;

  @BeforeEach
  void setUp() {
    node1 = new SignInThrottle(jdbc, transactions, clock);
    node2 = new SignInThrottle(jdbc, transactions, clock);
    name = "admin" + System.nanoTime();
  }

  private static String address() {
    return SignInTest.randomAddress();
  }

  private void fail(SignInThrottle node, String who, String from) {
    node.begin(who, from); // begun and never succeeded: a wrong password
  }

  @Test
  void five_failures_block_the_pair_on_every_node_for_fifteen_minutes() {
    String from = address();
    for (int i = 0; i < SignInThrottle.Counter.PAIR.allowed; i++) {
      fail(i % 2 == 0 ? node1 : node2, name, from);
    }
    assertThatThrownBy(() -> node2.begin(name.toUpperCase() + " ", from))
        .isInstanceOf(SignInThrottledException.class)
        .hasMessageContaining("Wait 15 minute");
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThatCode(() -> node1.begin(name, from)).doesNotThrowAnyException();
  }

  @Test
  void knocking_on_a_block_does_not_make_it_longer() {
    String from = address();
    for (int i = 0; i < SignInThrottle.Counter.PAIR.allowed; i++) {
      fail(node1, name, from);
    }
    for (int minute = 0; minute < 15; minute++) {
      assertThatThrownBy(() -> node1.begin(name, from))
          .isInstanceOf(SignInThrottledException.class);
      clock.advance(Duration.ofSeconds(59));
    }
    clock.advance(Duration.ofSeconds(20));
    var attempt = node1.begin(name, from);
    node1.succeeded(attempt);
    assertThatCode(() -> node1.begin(name, from)).doesNotThrowAnyException();
  }

  @Test
  void one_address_cannot_keep_a_name_blocked_for_anyone_else() {
    String guesser = address();
    for (int hour = 0; hour < 4; hour++) {
      for (int i = 0; i < 10; i++) {
        try {
          fail(node1, name, guesser);
        } catch (SignInThrottledException blocked) {
          // as expected once the pair is blocked
        }
      }
      assertThatCode(() -> node2.succeeded(node2.begin(name, address())))
          .as("the person signs in from elsewhere in hour %d", hour)
          .doesNotThrowAnyException();
      clock.advance(Duration.ofMinutes(16));
    }
  }

  @Test
  void many_addresses_at_one_name_make_it_wait_a_minute_at_most() {
    Instant start = clock.instant();
    int refused = 0;
    for (int i = 0; i < 200; i++) {
      try {
        fail(node1, name, address());
      } catch (SignInThrottledException blocked) {
        refused++;
        assertThat(blocked.retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(1));
      }
      clock.advance(Duration.ofSeconds(3));
    }
    assertThat(refused).as("a botnet is slowed down").isGreaterThan(100);
    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(600));
  }

  @Test
  void one_address_guessing_many_names_is_slowed_down() {
    String from = address();
    for (int i = 0; i < SignInThrottle.Counter.ADDRESS.allowed; i++) {
      fail(i % 2 == 0 ? node1 : node2, "user" + i + "-" + name, from);
    }
    assertThatThrownBy(() -> node1.begin("someone-else-" + name, from))
        .isInstanceOf(SignInThrottledException.class);
    assertThatCode(() -> node1.begin("someone-else-" + name, address())).doesNotThrowAnyException();
  }

  @Test
  void parallel_guesses_get_no_more_password_checks_than_the_limit() throws Exception {
    String from = address();
    List<Callable<Boolean>> guesses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      SignInThrottle node = i % 2 == 0 ? node1 : node2;
      guesses.add(
          () -> {
            try {
              node.begin(name, from);
              return true;
            } catch (SignInThrottledException blocked) {
              return false;
            }
          });
    }
    int checked = 0;
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (Future<Boolean> guess : pool.invokeAll(guesses)) {
        checked += guess.get() ? 1 : 0;
      }
    }
    assertThat(checked).isEqualTo(SignInThrottle.Counter.PAIR.allowed);
  }

  @Test
  void old_counters_are_deleted_so_the_table_stays_small() {
    for (int i = 0; i < 20; i++) {
      fail(node1, "forgotten" + i + name, address());
    }
    long before = node1.size();
    clock.advance(SignInThrottle.FORGET_AFTER.plusHours(1));
    // A fresh node cleans up on its first attempt.
    new SignInThrottle(jdbc, transactions, clock).begin(name, address());
    assertThat(node1.size()).isLessThan(before - 40);
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2031-03-01T10:00:00Z");

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }
  }
}
