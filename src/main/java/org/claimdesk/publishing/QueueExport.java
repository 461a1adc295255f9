package org.claimdesk.publishing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The claim queue under a filter as CSV or JSON Lines, streamed: the claims are read in pages of
 * {@value #PAGE} by id (keyset, so that the millionth row costs what the first does) and written as
 * they come, so that memory stays flat whatever the number of rows. Which claims is asked of the
 * queue itself ({@link ClaimService#idsAfter}), so that a filter, the statement words included
 * (through the search index), selects here exactly what it selects in the queue.
 */
@Service
@Transactional(readOnly = true)
public class QueueExport {

  static final int PAGE = 2000;

  /** The columns, in order; the JSON Lines objects use the same names. */
  public static final List<String> COLUMNS =
      List.of(
          "claim_id",
          "statement",
          "speaker",
          "status",
          "rating",
          "assignee",
          "outlets",
          "first_seen",
          "last_seen",
          "evidence_count",
          "link");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DataSource dataSource;
  private final ClaimService claims;

  QueueExport(DataSource dataSource, ClaimService claims) {
    this.dataSource = dataSource;
    this.claims = claims;
  }

  private record Row(
      long id,
      String statement,
      @Nullable String speaker,
      String status,
      @Nullable String rating,
      @Nullable String assignee,
      Instant createdAt) {}

  private record Seen(TreeSet<String> outlets, Instant first, Instant last) {}

  /** Where the export goes, opened once the caller's right to export is checked. */
  @FunctionalInterface
  public interface Target {
    OutputStream open() throws IOException;
  }

  /**
   * Writes every claim the filter selects, oldest id first; returns how many. {@code claimPageBase}
   * is the address the claim pages' links start with, e.g. {@code https://desk.example/claims/}.
   */
  @PreAuthorize("hasRole('EDITOR') or hasRole('AUDITOR')")
  public long write(ClaimFilter filter, ExportFormat format, String claimPageBase, Target target) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(target.open(), StandardCharsets.UTF_8), 1 << 16);
      if (format == ExportFormat.CSV) {
        CsvCells.record(writer, new ArrayList<>(COLUMNS));
      }
      long written = 0;
      long after = Long.MIN_VALUE;
      while (true) {
        List<Long> ids = claims.idsAfter(filter, after, PAGE);
        if (ids.isEmpty()) {
          break;
        }
        List<Row> page = page(connection, ids);
        if (page.isEmpty()) { // all deleted since they were selected
          after = ids.getLast();
          continue;
        }
        long low = page.getFirst().id();
        long high = page.getLast().id();
        Map<Long, Seen> seen = seen(connection, low, high);
        Map<Long, Long> evidence = evidence(connection, low, high);
        for (Row row : page) {
          write(
              writer,
              format,
              row,
              seen.get(row.id()),
              evidence.getOrDefault(row.id(), 0L),
              claimPageBase);
        }
        written += page.size();
        after = ids.getLast();
        writer.flush();
      }
      writer.flush();
      return written;
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cannot read the claims to export", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void write(
      Writer writer,
      ExportFormat format,
      Row row,
      @Nullable Seen seen,
      long evidenceCount,
      String base)
      throws IOException {
    String outlets = seen == null ? "" : String.join("; ", seen.outlets());
    Instant first = seen == null ? row.createdAt() : seen.first();
    Instant last = seen == null ? row.createdAt() : seen.last();
    String link = base + row.id();
    if (format == ExportFormat.CSV) {
      CsvCells.record(
          writer,
          Arrays.asList(
              Long.toString(row.id()),
              row.statement(),
              row.speaker(),
              row.status(),
              row.rating(),
              row.assignee(),
              outlets,
              time(first),
              time(last),
              Long.toString(evidenceCount),
              link));
    } else {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("claim_id", row.id());
      o.put("statement", row.statement());
      o.put("speaker", row.speaker());
      o.put("status", row.status());
      o.put("rating", row.rating());
      o.put("assignee", row.assignee());
      var list = o.putArray("outlets");
      if (seen != null) {
        seen.outlets().forEach(list::add);
      }
      o.put("first_seen", time(first));
      o.put("last_seen", time(last));
      o.put("evidence_count", evidenceCount);
      o.put("link", link);
      writer.write(JSON.writeValueAsString(o));
      writer.write('\n');
    }
  }

  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The claims with these ids, lowest id first. */
  private static List<Row> page(Connection c, List<Long> ids) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "select c.id, c.statement, c.claimant_name, c.status, c.current_rating, c.assignee,"
                + " c.created_at from claim c where c.id in (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(") order by c.id");
    List<Object> parameters = new ArrayList<>(ids);
    List<Row> rows = new ArrayList<>(PAGE);
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Row(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getTimestamp(7).toInstant()));
        }
      }
    }
    return rows;
  }

  private static Map<Long, Seen> seen(Connection c, long low, long high) throws SQLException {
    Map<Long, Seen> seen = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select i.claim_id, d.outlet, min(d.ingested_at), max(d.ingested_at)"
                + " from claim_item i join document d on d.id = i.document_id"
                + " where i.claim_id between ? and ? group by i.claim_id, d.outlet")) {
      s.setLong(1, low);
      s.setLong(2, high);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          String outlet = r.getString(2);
          Instant first = r.getTimestamp(3).toInstant();
          Instant last = r.getTimestamp(4).toInstant();
          Seen before = seen.get(id);
          Seen now =
              before == null
                  ? new Seen(new TreeSet<>(), first, last)
                  : new Seen(
                      before.outlets(),
                      first.isBefore(before.first()) ? first : before.first(),
                      last.isAfter(before.last()) ? last : before.last());
          if (outlet != null && !outlet.isBlank()) {
            now.outlets().add(outlet);
          }
          seen.put(id, now);
        }
      }
    }
    return seen;
  }

  private static Map<Long, Long> evidence(Connection c, long low, long high) throws SQLException {
    Map<Long, Long> counts = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select e.claim_id, count(*) from evidence e where e.claim_id between ? and ?"
                + " group by e.claim_id")) {
      s.setLong(1, low);
      s.setLong(2, high);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.put(r.getLong(1), r.getLong(2));
        }
      }
    }
    return counts;
  }
}
