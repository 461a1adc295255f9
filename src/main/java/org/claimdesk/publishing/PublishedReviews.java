package org.claimdesk.publishing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the published verdicts with what their ClaimReview needs, in plain JDBC, so that the web
 * application (inside its transaction) and the {@code export-claimreview} command (on a stopped
 * installation) read the same way.
 */
public final class PublishedReviews {

  private record ScaleRow(String label, boolean attributedOnly) {}

  private final Connection connection;
  private final Map<String, ScaleRow> scale = new HashMap<>();
  private final Map<Boolean, List<String>> parts = new HashMap<>();

  public PublishedReviews(Connection connection) throws SQLException {
    this.connection = connection;
    try (PreparedStatement s =
            connection.prepareStatement(
                "select code, label, attributed_only from rating_definition"
                    + " order by scale_position, id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        boolean attributed = r.getBoolean(3);
        scale.put(r.getString(1), new ScaleRow(r.getString(2), attributed));
        parts.computeIfAbsent(attributed, a -> new ArrayList<>()).add(r.getString(1));
      }
    }
  }

  /** The claim's verdict in force, if it has one. */
  public @Nullable ReviewFacts forClaim(long claimId) throws SQLException {
    List<ReviewFacts> found = new ArrayList<>();
    read(" and v.claim_id = ?", claimId, found::add);
    return found.isEmpty() ? null : found.getFirst();
  }

  /** Every verdict in force published (or corrected) at or after {@code since}, oldest first. */
  public void since(@Nullable Instant since, Consumer<ReviewFacts> each) throws SQLException {
    if (since == null) {
      read("", null, each);
    } else {
      read(" and v.published_at >= ?", Timestamp.from(since), each);
    }
  }

  private void read(String condition, @Nullable Object parameter, Consumer<ReviewFacts> each)
      throws SQLException {
    String sql =
        "select v.id, v.claim_id, c.statement, c.claimant_name, c.claimant_kind, v.rating,"
            + " v.summary, v.review_url, v.published_at, v.supersedes_id,"
            + " (select min(o.published_at) from verdict o where o.claim_id = v.claim_id"
            + " and o.state in ('PUBLISHED', 'SUPERSEDED'))"
            + " from verdict v join claim c on c.id = v.claim_id"
            + " where v.state = 'PUBLISHED'"
            + condition
            + " order by v.published_at, v.id";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      if (parameter != null) {
        s.setObject(1, parameter);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          each.accept(facts(r));
        }
      }
    }
  }

  private ReviewFacts facts(ResultSet r) throws SQLException {
    String code = r.getString(6);
    ScaleRow row = scale.getOrDefault(code, new ScaleRow(code, false));
    List<String> part = parts.getOrDefault(row.attributedOnly(), List.of(code));
    int best = Math.max(1, part.size());
    int value = part.contains(code) ? best - part.indexOf(code) : 1;
    Instant published = r.getTimestamp(9).toInstant();
    Timestamp first = r.getTimestamp(11);
    boolean correction = r.getObject(10) != null;
    long claimId = r.getLong(2);
    return new ReviewFacts(
        claimId,
        r.getLong(1),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        code,
        row.label(),
        value,
        best,
        1,
        r.getString(7),
        r.getString(8),
        first == null || !correction ? published : first.toInstant(),
        correction ? published : null,
        appearances(claimId));
  }

  private List<ReviewFacts.Appearance> appearances(long claimId) throws SQLException {
    List<ReviewFacts.Appearance> found = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "select d.title, d.outlet, d.url, d.published_date, d.ingested_at from document d"
                + " where d.id in (select i.document_id from claim_item i where i.claim_id = ?)"
                + " order by coalesce(d.published_date, cast(d.ingested_at as date)), d.id")) {
      s.setLong(1, claimId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          java.sql.Date date = r.getDate(4);
          Timestamp ingested = r.getTimestamp(5);
          LocalDate day =
              date != null
                  ? date.toLocalDate()
                  : ingested.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
          found.add(
              new ReviewFacts.Appearance(r.getString(1), r.getString(2), r.getString(3), day));
        }
      }
    }
    return found;
  }
}
