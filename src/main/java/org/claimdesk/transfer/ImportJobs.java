package org.claimdesk.transfer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.claimdesk.shared.BulkTransaction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import_job and import_problem rows; each call is its own short transaction. */
@Component
class ImportJobs {

  private final JdbcClient jdbc;
  private final String nextId;

  ImportJobs(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.nextId =
        BulkTransaction.isPostgres(dataSource)
            ? "select nextval('import_job_seq')"
            : "select next value for import_job_seq";
  }

  long create(ImportFormat format, String sourceName, @Nullable String path, String startedBy) {
    long id = jdbc.sql(nextId).query(Long.class).single();
    jdbc.sql(
            "insert into import_job (id, version, format, source_name, source_path, state,"
                + " started_by, started_at, imported, skipped, failed)"
                + " values (?, 0, ?, ?, ?, 'RUNNING', ?, ?, 0, 0, 0)")
        .params(
            id,
            format.name(),
            limit(sourceName, 500),
            path == null ? null : limit(path, 2000),
            startedBy,
            OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    return id;
  }

  void update(ImportProgress p) {
    jdbc.sql(
            "update import_job set version = version + 1, state = ?, finished_at = ?,"
                + " total_records = ?, imported = ?, skipped = ?, failed = ?, message = ?"
                + " where id = ?")
        .params(
            p.state().name(),
            p.finishedAt() == null ? null : p.finishedAt().atOffset(ZoneOffset.UTC),
            p.total(),
            p.imported(),
            p.skipped(),
            p.failed(),
            p.message() == null ? null : limit(p.message(), 2000),
            p.jobId())
        .update();
  }

  void problem(long jobId, int line, String reason) {
    jdbc.sql("insert into import_problem (job_id, line_number, reason) values (?, ?, ?)")
        .params(jobId, line, limit(reason, 1000))
        .update();
  }

  List<ImportProblem> problems(long jobId, int limit) {
    return jdbc.sql(
            "select line_number, reason from import_problem where job_id = ?"
                + " order by line_number fetch first "
                + Math.max(1, limit)
                + " rows only")
        .param(jobId)
        .query((rs, n) -> new ImportProblem(rs.getInt(1), rs.getString(2)))
        .list();
  }

  Optional<ImportProgress> find(long jobId) {
    return jdbc.sql(SELECT + " where id = ?").param(jobId).query(ImportJobs::row).optional();
  }

  List<ImportProgress> recent(String startedBy, int limit) {
    return jdbc.sql(
            SELECT
                + " where started_by = ? order by started_at desc, id desc fetch first "
                + Math.max(1, limit)
                + " rows only")
        .param(startedBy)
        .query(ImportJobs::row)
        .list();
  }

  private static final String SELECT =
      "select id, format, source_name, state, started_by, started_at, finished_at, total_records,"
          + " imported, skipped, failed, message from import_job";

  private static ImportProgress row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    int total = rs.getInt(8);
    Integer totalOrNull = rs.wasNull() ? null : total;
    return new ImportProgress(
        rs.getLong(1),
        ImportFormat.valueOf(rs.getString(2)),
        rs.getString(3),
        ImportProgress.State.valueOf(rs.getString(4)),
        rs.getString(5),
        instant(rs.getObject(6, OffsetDateTime.class)),
        rs.getObject(7) == null ? null : instant(rs.getObject(7, OffsetDateTime.class)),
        totalOrNull,
        rs.getInt(9),
        rs.getInt(10),
        rs.getInt(11),
        rs.getString(12));
  }

  private static Instant instant(OffsetDateTime t) {
    return t.toInstant();
  }

  static String limit(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
