package org.claimdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Loads a newsroom's worth of data straight into the tables of {@code db/migration}: documents,
 * claims with their appearances, sources, evidence, verdicts, assignments, follow-ups and the audit
 * rows that the services would have written. Statements come from the LIAR data set when it is at
 * hand (read at run time, never stored in the repository), otherwise from templates.
 */
final class BenchmarkData {

  /** Claims loaded: 200,000 unless {@code -Dbench.claims} says otherwise (e.g. 1000000). */
  static final int CLAIMS = Integer.getInteger("bench.claims", 200_000);

  /** 2,000 documents, or one per 100 claims for a larger load. */
  static final int DOCUMENTS = Math.max(2_000, CLAIMS / 100);

  static final int SOURCES = 1_000;
  static final int SHOWCASE_APPEARANCES = 50;

  static final List<String> REVIEWERS =
      List.of(
          "alice", "bruno", "chen", "dana", "emeka", "farah", "goran", "hana", "ivan", "jo", "kofi",
          "lena");
  static final List<String> EDITORS = List.of("maria", "noah", "olga", "pat");

  static final List<String> OUTLETS =
      List.of(
          "The Daily Ledger",
          "Metro Herald",
          "Coastal Times",
          "Northern Star",
          "Capital Post",
          "Evening Courier",
          "Valley News",
          "Harbor Gazette",
          "The Morning Record",
          "Riverside Tribune",
          "Prairie Journal",
          "Summit Observer",
          "Lakeside Chronicle",
          "City Wire",
          "National Bulletin",
          "Westside Review",
          "Eastern Mirror",
          "The Civic Report",
          "Bay Dispatch",
          "Union Sentinel",
          "Highland Press",
          "Public Broadcast Radio",
          "Channel 7 News",
          "Weekend Digest",
          "Policy Watch");

  private static final String[] STATUSES = {
    "NEW",
    "ACCEPTED",
    "DISMISSED",
    "ASSIGNED",
    "IN_REVIEW",
    "VERDICT_PROPOSED",
    "APPROVED",
    "PUBLISHED",
    "REOPENED"
  };
  private static final int[] STATUS_WEIGHTS = {30, 10, 20, 8, 8, 4, 2, 15, 3};
  private static final String[] RATINGS = {
    "TRUE",
    "MOSTLY_TRUE",
    "HALF_TRUE",
    "MOSTLY_FALSE",
    "FALSE",
    "MISLEADING",
    "UNPROVEN",
    "ACCURATELY_ATTRIBUTED",
    "MISATTRIBUTED"
  };
  private static final int[] RATING_WEIGHTS = {10, 14, 18, 16, 22, 12, 5, 2, 1};
  private static final String[] SOURCE_KINDS = {
    "WIRE_SERVICE",
    "NEWS_REPORT",
    "OFFICIAL_STATEMENT",
    "OFFICIAL_DOCUMENT",
    "SOCIAL_MEDIA",
    "EXPERT",
    "DATASET",
    "OTHER"
  };
  private static final String[] WIRES = {"Reuters", "AP", "AFP", "Xinhua", "dpa", "EFE"};
  private static final String[] PUBLISHERS = {
    "Bureau of Labor Statistics",
    "Census Bureau",
    "Congressional Budget Office",
    "Eurostat",
    "World Bank",
    "OECD",
    "State Treasury",
    "City Police Department",
    "Ministry of Health",
    "National Weather Service",
    "Reuters",
    "Associated Press",
    "Xinhua",
    "Pew Research Center",
    "Gallup",
    "University Policy Institute"
  };

  private static final Instant START = Instant.parse("2023-11-01T06:00:00Z");
  private static final Duration BETWEEN_DOCUMENTS = Duration.ofHours(13);

  private final DataSource dataSource;
  private final Random random = new Random(20251126L);
  private final Statements statements;

  // One entry per claim (index = claim id - 1).
  private final String[] statement = new String[CLAIMS];
  private final @Nullable String[] speaker = new String[CLAIMS];
  private final byte[] status = new byte[CLAIMS];
  private final double[] score = new double[CLAIMS];
  private final @Nullable String[] assignee = new String[CLAIMS];
  private final @Nullable String[] rating = new String[CLAIMS];
  private final int[] firstDocument = new int[CLAIMS];

  private final List<List<Integer>> itemsOfDocument = new ArrayList<>();
  private final String[] documentOutlet = new String[DOCUMENTS];

  private long firstRevision;
  private long revision;
  private final Report report = new Report();

  /** What was loaded, for the benchmark's header. */
  static final class Report {
    long documents;
    long claims;
    long items;
    long sources;
    long evidence;
    long verdicts;
    long assignments;
    long followUps;
    long revisions;
    String statementSource = "";
    long showcaseClaimId;
    List<Long> showcaseDocuments = List.of();
    String popularSpeaker = "";
  }

  BenchmarkData(DataSource dataSource, @Nullable Path liarFolder) {
    this.dataSource = dataSource;
    this.statements = Statements.load(liarFolder, random);
  }

  /** The statement loaded for a claim (ids run from 1 to {@link #CLAIMS}). */
  String statementOf(long claimId) {
    return statement[(int) (claimId - 1)];
  }

  /** The id of the claim with 50 appearances, loaded ACCEPTED and unassigned. */
  static long showcaseClaimId() {
    return CLAIMS;
  }

  Report load() {
    plan();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
      revision = maxId(connection, "audit_revision");
      insertUsers(connection);
      firstRevision = revision + 1;
      // Every audit row points at its revision: the revisions are written first.
      long claimsWorkedOn = java.util.Arrays.stream(assignee).filter(a -> a != null).count();
      writeRevisions(copy, revision + DOCUMENTS + 1 + claimsWorkedOn);
      try (CopyWriter items = writeDocumentsAndItems(copy)) {
        // The items point at claims, which point at documents: the items are sent last.
        writeClaims(copy);
      }
      long sourceRevision = writeSources(copy);
      writeWork(copy, sourceRevision);
      setSequences(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Loading the benchmark data failed", e);
    }
    report.statementSource = statements.origin();
    report.showcaseClaimId = showcaseClaimId();
    return report;
  }

  /**
   * Decides the same claims as {@link #load} without writing them, for a database that an earlier
   * run loaded (the plan is seeded, so it is the same data); the counts are read back.
   */
  Report planOnly() {
    plan();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      report.claims = count(sql, "claim");
      report.documents = count(sql, "document");
      report.items = count(sql, "claim_item");
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the loaded data failed", e);
    }
    report.statementSource = statements.origin();
    report.showcaseClaimId = showcaseClaimId();
    return report;
  }

  private static long count(Statement sql, String table) throws SQLException {
    try (var rows = sql.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Decides every claim and where it appears, before writing anything. */
  private void plan() {
    for (int d = 0; d < DOCUMENTS; d++) {
      itemsOfDocument.add(new ArrayList<>());
      documentOutlet[d] = OUTLETS.get(skewed(OUTLETS.size(), 1.6));
    }
    int perDocument = CLAIMS / DOCUMENTS;
    for (int c = 0; c < CLAIMS; c++) {
      int document = c / perDocument;
      firstDocument[c] = document;
      statement[c] = statements.next();
      speaker[c] = random.nextInt(20) == 0 ? null : statements.speaker();
      status[c] = (byte) weighted(STATUS_WEIGHTS);
      score[c] = Math.round(Math.pow(random.nextDouble(), 0.8) * 1000) / 1000.0;
      String s = STATUSES[status[c]];
      if (!s.equals("NEW") && !s.equals("ACCEPTED") && !s.equals("DISMISSED")) {
        assignee[c] =
            random.nextInt(6) == 0
                ? EDITORS.get(random.nextInt(EDITORS.size()))
                : REVIEWERS.get(skewed(REVIEWERS.size(), 1.3));
      }
      if (s.equals("PUBLISHED") || s.equals("REOPENED")) {
        rating[c] = RATINGS[weighted(RATING_WEIGHTS)];
      }
      itemsOfDocument.get(document).add(c);
      // Some claims are repeated in a later article.
      if (random.nextInt(100) < 15 && document < DOCUMENTS - 1) {
        int later = Math.min(DOCUMENTS - 1, document + 1 + random.nextInt(40));
        itemsOfDocument.get(later).add(c);
      }
    }
    // The showcase claim: the last one, seen in 50 documents across the whole period.
    int showcase = CLAIMS - 1;
    statement[showcase] =
        "Europe has never formally received the peace plan, despite repeated promises.";
    speaker[showcase] = "Jana Novak";
    status[showcase] = 1; // ACCEPTED
    score[showcase] = 0.97;
    assignee[showcase] = null;
    rating[showcase] = null;
    for (List<Integer> items : itemsOfDocument) {
      items.remove(Integer.valueOf(showcase));
    }
    LinkedHashSet<Integer> documents = new LinkedHashSet<>();
    documents.add(firstDocument[showcase]);
    for (int k = 0; documents.size() < SHOWCASE_APPEARANCES; k++) {
      documents.add(k * (DOCUMENTS / SHOWCASE_APPEARANCES) + 7);
    }
    List<Long> ids = new ArrayList<>();
    for (int d : documents) {
      itemsOfDocument.get(d).add(showcase);
      ids.add(d + 1L);
    }
    report.showcaseDocuments = ids;
    report.popularSpeaker = statements.popularSpeaker();
  }

  private void insertUsers(Connection connection) throws SQLException {
    long id = maxId(connection, "app_user");
    try (Statement sql = connection.createStatement()) {
      List<String> people = new ArrayList<>(REVIEWERS);
      people.addAll(EDITORS);
      for (String username : people) {
        id++;
        String role = EDITORS.contains(username) ? "EDITOR" : "REVIEWER";
        String display = username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
        sql.addBatch(
            "insert into app_user (id, version, username, display_name, password_hash, active,"
                + " languages, beats, created_at) values ("
                + id
                + ", 0, '"
                + username
                + "', '"
                + display
                + "', '{noop}not-used', true, 'en', 'politics,economy', now())");
        sql.addBatch(
            "insert into app_user_role (user_id, role) values (" + id + ", '" + role + "')");
      }
      sql.executeBatch();
    }
  }

  private CopyWriter writeDocumentsAndItems(CopyManager copy) {
    long itemId = 0;
    CopyWriter items =
        CopyWriter.deferred(
            copy,
            "claim_item",
            "id, version, claim_id, document_id, item_position, item_text, sentence,"
                + " start_offset, end_offset, speaker_name, speaker_role, speaker_mention,"
                + " speaker_start, speaker_end, speaker_kind, cue, attribution, score,"
                + " checkworthy, reasons, follow_up_reason, follow_up_date, times");
    // The text is declared first so that it is closed (and its last rows sent) after the documents.
    try (CopyWriter documentTexts =
            new CopyWriter(copy, "document_text", "document_id, original_text");
        CopyWriter documents =
            new CopyWriter(
                copy,
                "document",
                "id, version, title, outlet, url, published_date, language,"
                    + " content_hash, ingested_by, ingested_at, wire_credits");
        CopyWriter documentAudit =
            new CopyWriter(
                copy,
                "document_aud",
                "id, rev, revtype, title, outlet, url, published_date, language, content_hash,"
                    + " ingested_by, ingested_at, wire_credits")) {
      for (int d = 0; d < DOCUMENTS; d++) {
        long documentId = d + 1L;
        Instant ingestedAt = ingestedAt(d);
        LocalDate published = LocalDate.ofInstant(ingestedAt, ZoneOffset.UTC);
        String outlet = documentOutlet[d];
        List<Integer> claims = itemsOfDocument.get(d);
        String topic = statements.topic();
        String title =
            switch (d % 4) {
              case 0 -> "Transcript: debate on " + topic;
              case 1 -> "Fact file: what was said about " + topic + " this week";
              case 2 -> "Interview on " + topic;
              default -> "Press conference on " + topic;
            };
        StringBuilder text = new StringBuilder(title).append("\n\n");
        int position = 0;
        for (int c : claims) {
          String who = speaker[c] == null ? "A spokesperson" : speaker[c];
          int speakerStart = text.length();
          text.append(who).append(" said: \"");
          int start = text.length();
          text.append(statement[c]);
          int end = text.length();
          text.append("\" ");
          if (++position % 5 == 0) {
            text.append("\n\n");
          }
          boolean first = firstDocument[c] == d;
          items
              .add(++itemId)
              .add(0)
              .add(c + 1L)
              .add(documentId)
              .add(position)
              .add(statement[c])
              .add(who + " said: \"" + statement[c] + "\"")
              .add(start)
              .add(end)
              .add(speaker[c])
              .add(speaker[c] == null ? null : statements.role())
              .add(speaker[c] == null ? null : who)
              .add(speaker[c] == null ? null : speakerStart)
              .add(speaker[c] == null ? null : speakerStart + who.length())
              .add(speaker[c] == null ? "ANONYMOUS_SOURCES" : "PERSON")
              .add("said")
              .add("DIRECT_QUOTE")
              .add(score[c])
              .add(score[c] >= 0.5)
              .add(score[c] >= 0.5 ? "contains a number\nnamed speaker" : "named speaker")
              .add(first ? null : "repeated from an earlier article")
              .add(null)
              .add(null)
              .endRow();
        }
        String wire = d % 3 == 0 ? WIRES[d % WIRES.length] : null;
        String body = text.toString();
        String url =
            "https://www."
                + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "")
                + ".example/"
                + published
                + "/story-"
                + documentId;
        documents
            .add(documentId)
            .add(0)
            .add(title)
            .add(outlet)
            .add(url)
            .add(published)
            .add("en")
            .add(sha256(body + "#" + documentId))
            .add(EDITORS.get(d % EDITORS.size()))
            .add(ingestedAt)
            .add(wire)
            .endRow();
        documentTexts.add(documentId).add(body).endRow();
        documentAudit
            .add(documentId)
            .add(firstRevision + d)
            .add(0)
            .add(title)
            .add(outlet)
            .add(url)
            .add(published)
            .add("en")
            .add(sha256(body + "#" + documentId))
            .add(EDITORS.get(d % EDITORS.size()))
            .add(ingestedAt)
            .add(wire)
            .endRow();
      }
      report.documents = documents.rows();
      report.items = items.rows();
    }
    return items;
  }

  private void writeClaims(CopyManager copy) {
    String columns =
        "id, version, statement, claimant_name, claimant_kind, status, status_reason,"
            + " checkworthiness, assignee, due_date, first_document_id, created_at, updated_at,"
            + " current_rating, outlet";
    String auditColumns =
        "id, rev, revtype, statement, claimant_name, claimant_kind, status, status_reason,"
            + " checkworthiness, assignee, due_date, first_document_id, created_at, updated_at,"
            + " current_rating, outlet";
    try (CopyWriter claims = new CopyWriter(copy, "claim", columns);
        CopyWriter audit = new CopyWriter(copy, "claim_aud", auditColumns)) {
      for (int c = 0; c < CLAIMS; c++) {
        Instant created = createdAt(c);
        String s = STATUSES[status[c]];
        LocalDate due =
            assignee[c] == null
                ? null
                : LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(7 + random.nextInt(14));
        String reason = s.equals("DISMISSED") ? statements.dismissal() : null;
        Instant updated = created.plus(Duration.ofHours(random.nextInt(24 * 10)));
        Object[] values = {
          c + 1L,
          s.equals("NEW") ? 0 : 3,
          statement[c],
          speaker[c],
          speaker[c] == null ? "ANONYMOUS_SOURCES" : "PERSON",
          s,
          reason,
          score[c],
          assignee[c],
          due,
          firstDocument[c] + 1L,
          created,
          updated,
          rating[c],
          documentOutlet[firstDocument[c]]
        };
        for (int i = 0; i < values.length; i++) {
          claims.add(values[i]);
          if (i == 0) {
            audit.add(values[i]).add(firstRevision + firstDocument[c]).add(0);
          } else if (i > 1) { // the audit table keeps no version
            audit.add(values[i]);
          }
        }
        claims.endRow();
        audit.endRow();
      }
      report.claims = claims.rows();
    }
  }

  private long writeSources(CopyManager copy) {
    long sourceRevision = firstRevision + DOCUMENTS;
    String columns =
        "id, version, kind, title, publisher, url, published_date, archived_url, notes,"
            + " created_by, created_at";
    try (CopyWriter sources = new CopyWriter(copy, "source", columns);
        CopyWriter audit =
            new CopyWriter(
                copy,
                "source_aud",
                "id, rev, revtype, kind, title, publisher, url, published_date, archived_url,"
                    + " notes, created_by, created_at")) {
      for (int i = 1; i <= SOURCES; i++) {
        String publisher = PUBLISHERS[skewed(PUBLISHERS.length, 1.4)];
        String kind = SOURCE_KINDS[i % SOURCE_KINDS.length];
        String title = publisher + ": " + statements.topic() + " report " + (2018 + i % 8);
        String url =
            "https://"
                + publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + ".example/reports/"
                + i;
        LocalDate published = LocalDate.of(2018 + i % 8, 1 + i % 12, 1 + i % 28);
        Object[] values = {
          (long) i,
          0,
          kind,
          title,
          publisher,
          url,
          published,
          "https://archive.example/" + i,
          i % 5 == 0 ? "Checked against the original tables." : null,
          REVIEWERS.get(i % REVIEWERS.size()),
          START.minus(Duration.ofDays(30)).plusSeconds(i)
        };
        for (int v = 0; v < values.length; v++) {
          sources.add(values[v]);
          if (v == 0) {
            audit.add(values[v]).add(sourceRevision).add(0);
          } else if (v > 1) {
            audit.add(values[v]);
          }
        }
        sources.endRow();
        audit.endRow();
      }
      report.sources = sources.rows();
    }
    return sourceRevision;
  }

  /** Assignments, evidence, verdicts and follow-ups of the claims that are past triage. */
  private void writeWork(CopyManager copy, long sourceRevision) {
    long workRevision = sourceRevision;
    long evidenceId = 0;
    long verdictId = 0;
    long assignmentId = 0;
    long followUpId = 0;
    String evidenceColumns =
        "id, version, claim_id, source_id, stance, excerpt, note, added_by, added_at";
    String verdictColumns =
        "id, version, claim_id, rating, summary, rationale, state, author, approver,"
            + " supersedes_id, state_note, created_at, published_at, published_claim_id,"
            + " pending_claim_id";
    String assignmentColumns =
        "id, version, claim_id, active_claim_id, reviewer, assigned_by, assigned_at, due_date,"
            + " state";
    String followUpColumns =
        "id, version, claim_id, watch_for, due_date, assignee, status, outcome, created_by,"
            + " created_at, closed_at";
    try (CopyWriter evidence = new CopyWriter(copy, "evidence", evidenceColumns);
        CopyWriter evidenceAudit = new CopyWriter(copy, "evidence_aud", audited(evidenceColumns));
        CopyWriter verdicts = new CopyWriter(copy, "verdict", verdictColumns);
        CopyWriter verdictAudit = new CopyWriter(copy, "verdict_aud", audited(verdictColumns));
        CopyWriter assignments = new CopyWriter(copy, "assignment", assignmentColumns);
        CopyWriter assignmentAudit =
            new CopyWriter(copy, "assignment_aud", audited(assignmentColumns));
        CopyWriter followUps = new CopyWriter(copy, "follow_up", followUpColumns);
        CopyWriter followUpAudit =
            new CopyWriter(copy, "follow_up_aud", audited(followUpColumns))) {
      for (int c = 0; c < CLAIMS; c++) {
        if (assignee[c] == null) {
          continue;
        }
        long claimId = c + 1L;
        long rev = ++workRevision;
        String s = STATUSES[status[c]];
        String reviewer = assignee[c];
        Instant assignedAt = createdAt(c).plus(Duration.ofHours(5));
        boolean active =
            s.equals("ASSIGNED") || s.equals("IN_REVIEW") || s.equals("VERDICT_PROPOSED");
        row(
            assignments,
            assignmentAudit,
            rev,
            ++assignmentId,
            0,
            claimId,
            active ? claimId : null,
            reviewer,
            EDITORS.get(c % EDITORS.size()),
            assignedAt,
            LocalDate.ofInstant(assignedAt, ZoneOffset.UTC).plusDays(7),
            active ? "ACTIVE" : "COMPLETED");
        if (s.equals("ASSIGNED")) {
          continue;
        }
        int pieces = 1 + random.nextInt(3);
        for (int e = 0; e < pieces; e++) {
          row(
              evidence,
              evidenceAudit,
              rev,
              ++evidenceId,
              0,
              claimId,
              1L + skewed(SOURCES, 1.5),
              e == 0 ? "REFUTES" : (e == 1 ? "CONTEXT" : "SUPPORTS"),
              statements.excerpt(),
              e == 0 ? "Compared with the official series." : null,
              reviewer,
              assignedAt.plus(Duration.ofHours(20 + e)));
        }
        if (s.equals("IN_REVIEW")) {
          continue;
        }
        String verdictRating = rating[c] != null ? rating[c] : RATINGS[weighted(RATING_WEIGHTS)];
        String state =
            switch (s) {
              case "VERDICT_PROPOSED" -> "PROPOSED";
              case "APPROVED" -> "APPROVED";
              default -> "PUBLISHED";
            };
        String approver = state.equals("PROPOSED") ? null : otherEditor(reviewer, c);
        Instant proposed = assignedAt.plus(Duration.ofDays(2));
        row(
            verdicts,
            verdictAudit,
            rev,
            ++verdictId,
            1,
            claimId,
            verdictRating,
            "Rated " + verdictRating.toLowerCase(Locale.ROOT).replace('_', ' ') + ".",
            statements.rationale(),
            state,
            reviewer,
            approver,
            null,
            null,
            proposed,
            state.equals("PUBLISHED") ? proposed.plus(Duration.ofDays(1)) : null,
            // The columns that let the database refuse a second verdict in force (V0010).
            state.equals("PUBLISHED") ? claimId : null,
            state.equals("PUBLISHED") ? null : claimId);
        if (s.equals("PUBLISHED") && random.nextInt(10) == 0) {
          row(
              followUps,
              followUpAudit,
              rev,
              ++followUpId,
              0,
              claimId,
              "Check whether the figures are revised in the next release",
              LocalDate.ofInstant(proposed, ZoneOffset.UTC).plusDays(30 + random.nextInt(300)),
              reviewer,
              "OPEN",
              null,
              reviewer,
              proposed.plus(Duration.ofDays(1)),
              null);
        }
      }
      report.evidence = evidence.rows();
      report.verdicts = verdicts.rows();
      report.assignments = assignments.rows();
      report.followUps = followUps.rows();
    }
    if (workRevision != revision) {
      throw new IllegalStateException("Planned and written revisions differ");
    }
  }

  private void writeRevisions(CopyManager copy, long lastRevision) {
    revision = lastRevision;
    report.revisions = lastRevision - firstRevision + 1;
    try (CopyWriter revisions =
        new CopyWriter(copy, "audit_revision", "id, revision_timestamp, username, reason")) {
      for (long rev = firstRevision; rev <= revision; rev++) {
        long index = rev - firstRevision;
        boolean ingest = index < DOCUMENTS;
        Instant at =
            ingest
                ? ingestedAt((int) index)
                : START.plus(Duration.ofMinutes(index * 5)).minus(Duration.ofDays(1));
        revisions
            .add(rev)
            .add(at.toEpochMilli())
            .add(ingest ? EDITORS.get((int) index % EDITORS.size()) : "system")
            .add(ingest ? "ingest" : null)
            .endRow();
      }
    }
  }

  private static void setSequences(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      for (String table :
          List.of(
              "audit_revision",
              "app_user",
              "document",
              "claim",
              "claim_item",
              "source",
              "evidence",
              "verdict",
              "follow_up",
              "assignment")) {
        sql.execute(
            "select setval('"
                + table
                + "_seq', (select coalesce(max(id), 0) + 100 from "
                + table
                + "))");
      }
    }
  }

  /**
   * Refreshes the planner's statistics after the bulk load, and the visibility map that autovacuum
   * keeps on a live database (index-only scans depend on it).
   */
  static void analyze(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      sql.execute("vacuum analyze");
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE failed", e);
    }
  }

  private static void row(CopyWriter table, CopyWriter audit, long rev, long id, Object... rest) {
    table.add(id);
    audit.add(id).add(rev).add(0);
    // rest[0] is the version, which the audit table does not keep.
    for (int i = 0; i < rest.length; i++) {
      table.add(rest[i]);
      if (i > 0) {
        audit.add(rest[i]);
      }
    }
    table.endRow();
    audit.endRow();
  }

  private static String audited(String columns) {
    return "id, rev, revtype, " + columns.substring("id, version, ".length());
  }

  private String otherEditor(String author, int c) {
    String editor = EDITORS.get(c % EDITORS.size());
    return editor.equals(author) ? EDITORS.get((c + 1) % EDITORS.size()) : editor;
  }

  private static Instant ingestedAt(int document) {
    return START.plus(BETWEEN_DOCUMENTS.multipliedBy(document));
  }

  private Instant createdAt(int claim) {
    return ingestedAt(firstDocument[claim]).plusSeconds(claim % 100);
  }

  private static long maxId(Connection connection, String table) throws SQLException {
    try (Statement sql = connection.createStatement();
        var rows = sql.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** An index in [0, size) where the first ones are picked far more often, like real newsrooms. */
  private int skewed(int size, double power) {
    return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), power * 1.5)));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Statements and speakers: LIAR's when available, otherwise made from templates. */
  static final class Statements {

    private static final String[] SUBJECTS = {
      "unemployment",
      "violent crime",
      "the federal deficit",
      "inflation",
      "average wages",
      "rents in the capital",
      "carbon emissions",
      "hospital waiting times",
      "school funding",
      "the prison population",
      "gas prices",
      "the minimum wage",
      "home ownership",
      "childhood obesity",
      "public debt",
      "tuition fees",
      "broadband coverage",
      "the trade deficit",
      "military spending",
      "opioid deaths"
    };
    private static final String[] CHANGES = {
      "rose by %d percent",
      "fell by %d percent",
      "doubled",
      "has been cut in half",
      "reached a %d-year high",
      "dropped to its lowest level in %d years",
      "grew faster than in any other state",
      "is %d percent higher than a decade ago"
    };
    private static final String[] TIMES = {
      "since 2019",
      "last year",
      "over the past decade",
      "in the first quarter",
      "under the previous government",
      "since the law took effect",
      "in the last %d months"
    };
    private static final String[] PLACES = {
      "Europe",
      "The European Union",
      "Ohio",
      "Texas",
      "The city council",
      "Kenya",
      "The United Nations",
      "Brazil",
      "The county board",
      "Our neighbours"
    };
    private static final String[] PLANS = {
      "peace plan", "ceasefire proposal", "budget plan", "reform package", "trade offer"
    };
    private static final String[] GROUPS = {
      "teachers",
      "small businesses",
      "new jobs",
      "veterans",
      "renters",
      "voters under 30",
      "nurses",
      "farmers"
    };
    private static final String[] FACTS = {
      "earn less than the national average", "were created in the public sector",
      "pay more in taxes than billionaires", "live below the poverty line",
      "have left the state since 2020", "support the proposal"
    };
    private static final String[] FIRST = {
      "Maria", "John", "Aisha", "Peter", "Li", "Carlos", "Fatima", "Tom", "Olena", "Samuel",
      "Grace", "Ahmed", "Lucy", "Diego", "Nina", "Robert", "Yuki", "Ibrahim", "Sara", "Mark"
    };
    private static final String[] LAST = {
      "Walker", "Okafor", "Schmidt", "Garcia", "Nguyen", "Kowalski", "Haddad", "Brown", "Rossi",
      "Silva", "Petrov", "Ali", "Johnson", "Moreau", "Tanaka", "Murphy", "Novak", "Lopez"
    };
    private static final String[] ROLES = {
      "Senator",
      "Governor",
      "Mayor",
      "State representative",
      "Minister",
      "Spokesperson",
      "Candidate",
      "Council member"
    };
    private static final String[] DISMISSALS = {
      "Opinion, not a checkable fact",
      "Prediction about the future",
      "Duplicate of another claim",
      "Not newsworthy enough",
      "Satire"
    };

    private final List<String> liarStatements;
    private final List<String> speakers;
    private final Random random;
    private final String origin;

    private Statements(
        List<String> liarStatements, List<String> speakers, Random random, String origin) {
      this.liarStatements = liarStatements;
      this.speakers = speakers;
      this.random = random;
      this.origin = origin;
    }

    static Statements load(@Nullable Path folder, Random random) {
      List<String> statements = new ArrayList<>();
      LinkedHashSet<String> speakers = new LinkedHashSet<>();
      if (folder != null && Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
              String[] fields = line.split("\t", -1);
              if (fields.length > 5 && !fields[2].isBlank() && fields[2].length() < 1000) {
                statements.add(fields[2].strip());
                if (!fields[4].isBlank()) {
                  speakers.add(title(fields[4]));
                }
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (speakers.size() < 50) {
        for (String first : FIRST) {
          for (String last : LAST) {
            speakers.add(first + " " + last);
          }
        }
      }
      String origin =
          statements.isEmpty()
              ? "templates only"
              : String.format(
                  "%,d LIAR statements from %s, mixed half and half with templates",
                  statements.size(), folder);
      return new Statements(statements, new ArrayList<>(speakers), random, origin);
    }

    String origin() {
      return origin;
    }

    String next() {
      if (!liarStatements.isEmpty() && random.nextBoolean()) {
        return liarStatements.get(random.nextInt(liarStatements.size()));
      }
      return switch (random.nextInt(4)) {
        case 0 -> {
          String s = pick(SUBJECTS) + " " + number(pick(CHANGES)) + " " + number(pick(TIMES));
          yield Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        }
        case 1 -> pick(PLACES) + " has never formally received the " + pick(PLANS) + ".";
        case 2 ->
            "More than "
                + (10 + random.nextInt(80))
                + " percent of "
                + pick(GROUPS)
                + " "
                + pick(FACTS)
                + ".";
        default ->
            "We spend more on "
                + pick(SUBJECTS)
                + " than on "
                + pick(SUBJECTS)
                + " "
                + number(pick(TIMES))
                + ".";
      };
    }

    /** Some speakers are quoted much more often than others. */
    String speaker() {
      int index =
          Math.min(speakers.size() - 1, (int) (speakers.size() * Math.pow(random.nextDouble(), 4)));
      return speakers.get(index);
    }

    String popularSpeaker() {
      return speakers.get(0);
    }

    String role() {
      return pick(ROLES);
    }

    String topic() {
      return pick(SUBJECTS);
    }

    String dismissal() {
      return pick(DISMISSALS);
    }

    String excerpt() {
      return "The "
          + (2018 + random.nextInt(8))
          + " release shows that "
          + pick(SUBJECTS)
          + " "
          + number(pick(CHANGES))
          + " "
          + number(pick(TIMES))
          + ", which does not match the figure quoted.";
    }

    String rationale() {
      return "We compared the statement with the official series and asked the speaker's office"
          + " for their source. "
          + excerpt()
          + " The office did not respond by publication time.";
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    private String number(String template) {
      return template.contains("%d") ? String.format(template, 2 + random.nextInt(40)) : template;
    }

    private static String title(String slug) {
      StringBuilder name = new StringBuilder();
      for (String part : slug.split("-")) {
        if (!part.isEmpty()) {
          if (!name.isEmpty()) {
            name.append(' ');
          }
          name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
      }
      return name.toString();
    }
  }
}
