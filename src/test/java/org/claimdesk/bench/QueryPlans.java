package org.claimdesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * EXPLAIN ANALYZE of the SQL behind the slowest scenarios, written next to the figures so that a
 * slow one can be understood without rerunning anything. The statements mirror what Hibernate
 * generates for the queue's specifications and for the claim history's audit queries.
 */
final class QueryPlans {

  private QueryPlans() {}

  static String explain(DataSource dataSource, long claimId) {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "queue, no filter, first page",
        "select * from claim order by checkworthiness desc, id desc offset 0 rows fetch first 50"
            + " rows only");
    queries.put("queue, no filter, counts", "select status, count(*) from claim group by status");
    queries.put(
        "queue, text 'unemployment', first page",
        "select * from claim where lower(statement) like '%unemployment%' escape '\\' order by"
            + " checkworthiness desc, id desc offset 0 rows fetch first 50 rows only");
    queries.put(
        "queue, text 'repeated promises', first page",
        "select * from claim where lower(statement) like '%repeated promises%' escape '\\' order"
            + " by checkworthiness desc, id desc offset 0 rows fetch first 50 rows only");
    queries.put(
        "queue, text 'unemployment', counts",
        "select status, count(*) from claim where lower(statement) like '%unemployment%' escape"
            + " '\\' group by status");
    queries.put(
        "queue, speaker 'novak', first page",
        "select * from claim where lower(claimant_name) like '%novak%' escape '\\' order by"
            + " checkworthiness desc, id desc offset 0 rows fetch first 50 rows only");
    queries.put(
        "queue, assignee, counts",
        "select status, count(*) from claim where assignee = 'alice' group by status");
    queries.put("queue, outlets", "select distinct outlet from claim where outlet is not null");
    queries.put(
        "claim history, evidence revisions",
        "select * from evidence_aud e join audit_revision r on r.id = e.rev where e.claim_id = "
            + claimId
            + " order by e.rev");
    queries.put(
        "claim history, assignment revisions",
        "select * from assignment_aud a join audit_revision r on r.id = a.rev where a.claim_id = "
            + claimId
            + " order by a.rev");
    // Hibernate binds the search words as parameters; after a few runs PostgreSQL may keep one
    // generic plan for every word, chosen without knowing how rare the word is.
    queries.put(
        "queue, text 'repeated promises', first page, generic plan of the prepared statement",
        "execute text_page('%repeated promises%')");
    queries.put(
        "queue, speaker 'novak', first page, generic plan of the prepared statement",
        "execute speaker_page('%novak%')");
    StringBuilder out = new StringBuilder();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "prepare text_page(text) as select * from claim where lower(statement) like $1 escape"
              + " '\\' order by checkworthiness desc, id desc offset 0 rows fetch first 50 rows"
              + " only");
      sql.execute(
          "prepare speaker_page(text) as select * from claim where lower(claimant_name) like $1"
              + " escape '\\' order by checkworthiness desc, id desc offset 0 rows fetch first 50"
              + " rows only");
      for (var query : queries.entrySet()) {
        out.append("== ").append(query.getKey()).append('\n').append(query.getValue()).append('\n');
        boolean generic = query.getValue().startsWith("execute");
        sql.execute("set plan_cache_mode = " + (generic ? "force_generic_plan" : "auto"));
        try (var rows = sql.executeQuery("explain (analyze, buffers) " + query.getValue())) {
          while (rows.next()) {
            out.append("  ").append(rows.getString(1)).append('\n');
          }
        }
        out.append('\n');
      }
    } catch (SQLException e) {
      out.append("EXPLAIN failed: ").append(e.getMessage()).append('\n');
    }
    return out.toString();
  }
}
