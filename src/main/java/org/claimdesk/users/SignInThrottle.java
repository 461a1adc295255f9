package org.claimdesk.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing on every sign-in path: failures are counted per (name, client address)
 * pair, per name and per address, in the database so that all web nodes share them. See
 * docs/design-decisions/sign-in-throttle.md for why these three counters and these limits.
 *
 * <p>An attempt is counted when it starts, before the password is compared, so that parallel
 * requests cannot slip past a limit; a success gives the count back. A refused attempt changes
 * nothing, so that nobody can prolong a block by knocking on it. The answer never depends on
 * whether the name belongs to an account.
 */
@Component
public class SignInThrottle {

  /** What is counted, how many failures are allowed in a window, and how long a block lasts. */
  enum Counter {
    /** One guesser at one account: a fixed 15-minute lock after five failures. */
    PAIR(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15)),
    /** Guessers at one account from many addresses: a short, growing wait, never a lock-out. */
    NAME(10, Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofMinutes(1)),
    /** One guesser trying many accounts: a growing wait up to 15 minutes. */
    ADDRESS(30, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofMinutes(15));

    final int allowed;
    final Duration window;
    final Duration firstBlock;
    final Duration longestBlock;

    Counter(int allowed, Duration window, Duration firstBlock, Duration longestBlock) {
      this.allowed = allowed;
      this.window = window;
      this.firstBlock = firstBlock;
      this.longestBlock = longestBlock;
    }

    /** The block that the {@code failures}-th failure in a row sets, or null below the limit. */
    @Nullable Duration blockAfter(int failures) {
      if (failures < allowed) {
        return null;
      }
      int doublings = Math.min(failures - allowed, 20);
      Duration block = firstBlock.multipliedBy(1L << doublings);
      return block.compareTo(longestBlock) > 0 ? longestBlock : block;
    }
  }

  /** Rows of counters no longer blocking and older than this are deleted. */
  static final Duration FORGET_AFTER = Duration.ofDays(1);

  private static final Duration CLEAN_EVERY = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final AtomicReference<Instant> lastCleaned = new AtomicReference<>(Instant.EPOCH);

  @Autowired
  SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this(jdbc, transactions, Clock.systemUTC());
  }

  SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** One sign-in in progress, between {@link #begin} and its outcome. */
  public record Attempt(List<String> keys, String addressKey) {}

  /**
   * Call before comparing a password. Counts the attempt, or refuses it with {@link
   * SignInThrottledException} while the name, the address or the pair is blocked.
   */
  public Attempt begin(@Nullable String username, @Nullable String clientAddress) {
    String name = normalise(username);
    String address = clientAddress == null ? "" : clientAddress.strip();
    String pairKey = key(Counter.PAIR, name + "\n" + address);
    String nameKey = key(Counter.NAME, name);
    String addressKey = key(Counter.ADDRESS, address);
    // Always in this order, so that concurrent sign-ins lock the rows without a deadlock.
    List<String> keys = List.of(pairKey, nameKey, addressKey);
    Instant now = clock.instant();
    keys.forEach(k -> ensureRow(k, now));
    Optional<Instant> blockedUntil =
        transaction.execute(
            status -> {
              // A row deleted since ensureRow (by the clean-up) counts as no failures.
              List<Row> rows =
                  keys.stream().map(k -> lock(k).orElse(new Row(k, 0, now, null))).toList();
              Optional<Instant> longest =
                  rows.stream()
                      .map(Row::blockedUntil)
                      .filter(until -> until != null && until.isAfter(now))
                      .max(Instant::compareTo);
              if (longest.isPresent()) {
                return longest;
              }
              for (Row row : rows) {
                Counter counter = row.counter();
                boolean stale = row.lastFailureAt().plus(counter.window).isBefore(now);
                int failures = (stale ? 0 : row.failures()) + 1;
                Duration block = counter.blockAfter(failures);
                jdbc.sql(
                        "update sign_in_throttle set failures = ?, last_failure_at = ?,"
                            + " blocked_until = ? where throttle_key = ?")
                    .params(failures, at(now), block == null ? null : at(now.plus(block)), row.key)
                    .update();
              }
              return Optional.<Instant>empty();
            });
    cleanUpNowAndThen(now);
    if (blockedUntil != null && blockedUntil.isPresent()) {
      throw new SignInThrottledException(Duration.between(now, blockedUntil.get()));
    }
    return new Attempt(keys, addressKey);
  }

  /**
   * The password was right: the name's and the pair's counts start again. The address keeps its
   * count less this attempt, so that signing in to one's own account between guesses at others does
   * not reset it.
   */
  public void succeeded(Attempt attempt) {
    transaction.executeWithoutResult(
        status -> {
          for (String key : attempt.keys()) {
            if (key.equals(attempt.addressKey())) {
              giveBack(key);
            } else {
              jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(key).update();
            }
          }
        });
  }

  /** The attempt ended without comparing a password (e.g. the database failed): not counted. */
  public void abandoned(Attempt attempt) {
    transaction.executeWithoutResult(status -> attempt.keys().forEach(this::giveBack));
  }

  private void giveBack(String key) {
    lock(key)
        .ifPresent(
            row -> {
              int failures = Math.max(0, row.failures() - 1);
              Instant blockedUntil =
                  row.counter().blockAfter(failures) == null ? null : row.blockedUntil();
              jdbc.sql(
                      "update sign_in_throttle set failures = ?, blocked_until = ?"
                          + " where throttle_key = ?")
                  .params(failures, blockedUntil == null ? null : at(blockedUntil), key)
                  .update();
            });
  }

  private record Row(
      String key, int failures, Instant lastFailureAt, @Nullable Instant blockedUntil) {
    Counter counter() {
      return Counter.valueOf(key.substring(0, key.indexOf(':')));
    }
  }

  private Optional<Row> lock(String key) {
    return jdbc.sql(
            "select throttle_key, failures, last_failure_at, blocked_until from sign_in_throttle"
                + " where throttle_key = ? for update")
        .param(key)
        .query(SignInThrottle::row)
        .optional();
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    OffsetDateTime blocked = rs.getObject("blocked_until", OffsetDateTime.class);
    return new Row(
        rs.getString("throttle_key"),
        rs.getInt("failures"),
        rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
        blocked == null ? null : blocked.toInstant());
  }

  private void ensureRow(String key, Instant now) {
    try {
      transaction.executeWithoutResult(
          status ->
              jdbc.sql(
                      "insert into sign_in_throttle (throttle_key, failures, last_failure_at)"
                          + " select ?, 0, ? where not exists"
                          + " (select 1 from sign_in_throttle where throttle_key = ?)")
                  .params(key, at(now), key)
                  .update());
    } catch (DuplicateKeyException raced) {
      // Another sign-in with the same key created the row at the same moment: it is there.
    }
  }

  /** Deletes old counters now and then, so that the table holds only what still matters. */
  private void cleanUpNowAndThen(Instant now) {
    Instant last = lastCleaned.get();
    if (last.plus(CLEAN_EVERY).isBefore(now) && lastCleaned.compareAndSet(last, now)) {
      transaction.executeWithoutResult(
          status ->
              jdbc.sql(
                      "delete from sign_in_throttle where last_failure_at < ?"
                          + " and (blocked_until is null or blocked_until < ?)")
                  .params(at(now.minus(FORGET_AFTER)), at(now))
                  .update());
    }
  }

  /** How many rows the table holds, for tests and metrics. */
  long size() {
    return jdbc.sql("select count(*) from sign_in_throttle").query(Long.class).single();
  }

  static String normalise(@Nullable String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String key(Counter counter, String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return counter.name()
          + ":"
          + HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
