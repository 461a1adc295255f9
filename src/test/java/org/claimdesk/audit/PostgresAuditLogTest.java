package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log contract on a real PostgreSQL, plus writers racing each other. */
@IntegrationTest
class PostgresAuditLogTest extends AuditLogContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Override
  void allowTampering(Statement s) throws Exception {
    s.execute("alter table audit_entry disable trigger audit_entry_append_only");
    s.execute("alter table audit_checkpoint disable trigger audit_checkpoint_append_only");
  }

  @Test
  void the_database_itself_refuses_to_change_an_entry() throws Exception {
    acceptedClaim("Rents doubled " + System.nanoTime());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> s.executeUpdate("update audit_entry set actor = 'x' where seq = 0"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void eight_threads_writing_at_once_leave_a_gap_free_verifiable_log() throws Exception {
    long before;
    try (Connection c = dataSource.getConnection()) {
      before = AuditStore.size(c);
    }
    int threads = 8;
    int perThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String editor = "editor" + t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  String statement = editor + " claim " + i + " " + System.nanoTime();
                  SignedIn.as(
                      editor,
                      Role.EDITOR,
                      () -> {
                        ClaimSummary c = claims.create(statement, null, null);
                        claims.changeStatus(c.id(), c.version(), ClaimStatus.ACCEPTED, null);
                      });
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    try (Connection c = dataSource.getConnection()) {
      long after = AuditStore.size(c);
      assertThat(after - before).isGreaterThanOrEqualTo((long) threads * perThread * 2);
      try (Statement s = c.createStatement();
          var rs = s.executeQuery("select count(*), min(seq), max(seq) from audit_entry")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(after);
        assertThat(rs.getLong(2)).isZero();
        assertThat(rs.getLong(3)).isEqualTo(after - 1);
      }
      AuditStore.signCheckpoint(c, keys.key(), keys.origin());
      AuditStore.DatabaseVerdict verdict = AuditStore.verify(c, keys.key());
      assertThat(verdict.intact()).as(verdict.message()).isTrue();
    }
  }
}
