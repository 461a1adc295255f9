package org.claimdesk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
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
    return run(dataSource, queries);
  }

  /**
   * The queue's SQL with a million claims: the first page under each sort, each filter's first page
   * and its counts by status, as Hibernate issues them for {@code ClaimSpecifications} (the text
   * filter goes to the search index and has no SQL).
   */
  static String explainQueue(DataSource dataSource, long documentId, String popularSpeaker) {
    String page = " offset 0 rows fetch first 51 rows only";
    String byScore = " order by checkworthiness desc, id desc" + page;
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("first page, no filter", "select * from claim" + byScore);
    queries.put(
        "counts, no filter (kept by triggers)",
        "select status, sum(delta) from claim_status_count group by status");
    queries.put(
        "counts, no filter, counted (what the triggers save)",
        "select status, count(*) from claim group by status");
    for (String sort :
        List.of(
            "claimant_name asc, id asc",
            "status asc, id asc",
            "assignee asc, id asc",
            "due_date asc, id asc",
            "appearance_count desc, id desc",
            "last_seen_at desc, id desc",
            "checkworthiness asc, id asc")) {
      queries.put("first page, sorted by " + sort, "select * from claim order by " + sort + page);
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("status In review", "status = 'IN_REVIEW'");
    filters.put("status New + Accepted", "status in ('NEW', 'ACCEPTED')");
    filters.put(
        "speaker '" + popularSpeaker + "'",
        "lower(claimant_name) like '%" + popularSpeaker.replace("'", "''") + "%' escape '\\'");
    filters.put("speaker 'novak' (rare)", "lower(claimant_name) like '%novak%' escape '\\'");
    filters.put("assignee alice", "assignee = 'alice'");
    filters.put("rating FALSE", "current_rating = 'FALSE'");
    filters.put("outlet Valley News", "outlet = 'Valley News'");
    filters.put(
        "dates June 2024",
        "created_at >= timestamptz '2024-06-01 00:00Z' and created_at < timestamptz"
            + " '2024-07-01 00:00Z'");
    filters.put("resurfaced", "seen_again_at is not null");
    filters.put(
        "document #" + documentId,
        "id in (select claim_id from claim_item where document_id = " + documentId + ")");
    for (var filter : filters.entrySet()) {
      queries.put(
          "first page, " + filter.getKey(),
          "select * from claim where " + filter.getValue() + byScore);
      if (!filter.getKey().startsWith("status")) {
        queries.put(
            "counts, " + filter.getKey(),
            "select status, count(*) from claim where " + filter.getValue() + " group by status");
      }
    }
    // Hibernate binds the speaker as a parameter: the plan PostgreSQL may keep for every speaker.
    queries.put(
        "first page, speaker 'novak' (rare), generic plan of the prepared statement",
        "execute speaker_page('%novak%')");
    return run(dataSource, queries);
  }

  private static String run(DataSource dataSource, Map<String, String> queries) {
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
