package org.claimdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.claimdesk.audit.log.AuditStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs checkpoints of the log while entries are added (every {@code
 * claimdesk.audit.checkpoint-interval}, at most 15 minutes apart) and verifies the stored log
 * against every checkpoint each night, keeping the result for the dashboards.
 */
@Component
class AuditCheckpoints {

  private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

  private final DataSource dataSource;
  private final AuditKeys keys;

  AuditCheckpoints(DataSource dataSource, AuditKeys keys) {
    this.dataSource = dataSource;
    this.keys = keys;
  }

  interface JdbcWork<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T withConnection(JdbcWork<T> work) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** Signs a checkpoint of everything committed so far, unless the latest covers it. */
  @Transactional
  public AuditStore.StoredCheckpoint sign() {
    return withConnection(c -> AuditStore.signCheckpoint(c, keys.key(), keys.origin()));
  }

  @Scheduled(
      fixedDelayString = "${claimdesk.audit.checkpoint-interval:PT5M}",
      initialDelayString = "PT1M")
  void scheduledCheckpoint() {
    try {
      sign();
    } catch (RuntimeException e) {
      LOG.error("Audit checkpoint not signed: {}", e.getMessage());
    }
  }

  @Scheduled(cron = "${claimdesk.audit.verify-cron:0 30 3 * * *}")
  void nightlyVerification() {
    AuditVerification v = verifyAndRecord();
    if (!v.intact()) {
      LOG.error("The audit log is not intact: {}", v.message());
    }
  }

  /** Recomputes the tree from the stored entries and compares it with every checkpoint. */
  @Transactional
  public AuditVerification verifyAndRecord() {
    AuditStore.DatabaseVerdict verdict;
    try {
      verdict = withConnection(c -> AuditStore.verify(c, keys.key()));
    } catch (RuntimeException e) {
      verdict = new AuditStore.DatabaseVerdict(false, e.getMessage(), 0);
    }
    Instant now = Instant.now();
    String message =
        verdict.message().length() > 2000
            ? verdict.message().substring(0, 2000)
            : verdict.message();
    final AuditStore.DatabaseVerdict result = verdict;
    withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into audit_verification (id, checked_at, intact, entries, message)"
                      + " select coalesce(max(id), 0) + 1, ?, ?, ?, ? from audit_verification")) {
            s.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            s.setBoolean(2, result.intact());
            s.setLong(3, result.entries());
            s.setString(4, message);
            return s.executeUpdate();
          }
        });
    return new AuditVerification(now, verdict.intact(), verdict.entries(), message);
  }

  @Transactional(readOnly = true)
  public @Nullable AuditVerification lastVerification() {
    return withConnection(
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select checked_at, intact, entries, message from audit_verification"
                          + " order by id desc fetch first 1 rows only");
              ResultSet rs = s.executeQuery()) {
            return rs.next()
                ? new AuditVerification(
                    rs.getObject(1, OffsetDateTime.class).toInstant(),
                    rs.getBoolean(2),
                    rs.getLong(3),
                    rs.getString(4))
                : null;
          }
        });
  }
}
