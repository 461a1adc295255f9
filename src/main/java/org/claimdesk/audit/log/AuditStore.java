package org.claimdesk.audit.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's tables through plain JDBC, so that the web app (inside its transactions) and the
 * command line (against a stopped installation) share one implementation: appending, signing
 * checkpoints, streaming exports and verifying the stored log.
 */
public final class AuditStore {

  private static final int FETCH = 2000;
  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();
  private static final Base64.Encoder B64 = Base64.getEncoder();

  private AuditStore() {}

  /** A stored checkpoint. */
  public record StoredCheckpoint(long size, byte[] root, Instant signedAt, String note) {}

  /**
   * Appends entries in the caller's transaction. The head row stays locked until that transaction
   * ends, so seq numbers follow commit order and a rollback leaves no gap.
   */
  public static void append(Connection c, List<PendingEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    long next;
    String prev;
    try (PreparedStatement lock =
            c.prepareStatement(
                "select next_seq, last_leaf_hash from audit_log_head where id = 1 for update");
        ResultSet rs = lock.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("audit_log_head has no row: the audit migration did not run");
      }
      next = rs.getLong(1);
      prev = rs.getString(2) == null ? "" : rs.getString(2);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into audit_entry (seq, entry_time, actor, kind, entity, entity_id, change_type,"
                + " revision_id, claim_id, document_id, reason, canonical_json, leaf_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (PendingEntry p : entries) {
        LogEntry entry =
            new LogEntry(
                next,
                now,
                clip(p.actor(), 64),
                p.reason(),
                p.kind(),
                p.entity(),
                p.entityId() == null ? null : clip(p.entityId(), 64),
                p.change(),
                p.revision(),
                p.claimId(),
                p.documentId(),
                p.fields(),
                p.before(),
                prev);
        String json = entry.canonical();
        String leaf = B64.encodeToString(MerkleTree.leafHash(json));
        insert.setLong(1, next);
        insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        insert.setString(3, entry.actor());
        insert.setString(4, p.kind().name());
        insert.setString(5, p.entity());
        insert.setString(6, entry.entityId());
        insert.setString(7, clip(p.change(), 32));
        setLong(insert, 8, p.revision());
        setLong(insert, 9, p.claimId());
        setLong(insert, 10, p.documentId());
        insert.setString(11, p.reason() == null ? null : clip(p.reason(), 1000));
        insert.setString(12, json);
        insert.setString(13, leaf);
        insert.addBatch();
        prev = leaf;
        next++;
      }
      insert.executeBatch();
    }
    try (PreparedStatement head =
        c.prepareStatement(
            "update audit_log_head set next_seq = ?, last_leaf_hash = ? where id = 1")) {
      head.setLong(1, next);
      head.setString(2, prev);
      head.executeUpdate();
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static void setLong(PreparedStatement s, int i, @Nullable Long v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, v);
    }
  }

  /** The number of committed entries. */
  public static long size(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("select next_seq from audit_log_head where id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  public static List<StoredCheckpoint> checkpoints(Connection c) throws SQLException {
    List<StoredCheckpoint> out = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "select tree_size, root_hash, signed_at, note from audit_checkpoint order by tree_size");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StoredCheckpoint(
                rs.getLong(1),
                Base64.getDecoder().decode(rs.getString(2)),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4)));
      }
    }
    return out;
  }

  public static @Nullable StoredCheckpoint latestCheckpoint(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "select tree_size, root_hash, signed_at, note from audit_checkpoint"
                    + " where tree_size = (select max(tree_size) from audit_checkpoint)");
        ResultSet rs = s.executeQuery()) {
      return rs.next()
          ? new StoredCheckpoint(
              rs.getLong(1),
              Base64.getDecoder().decode(rs.getString(2)),
              rs.getObject(3, OffsetDateTime.class).toInstant(),
              rs.getString(4))
          : null;
    }
  }

  /** Receives one stored row of a scan. */
  interface RowConsumer {
    void accept(long seq, String value) throws SQLException;
  }

  /**
   * Reads one column of the entries {@code from <= seq < to} in seq order, a chunk of rows per
   * query, so that neither the database driver nor H2 holds more than one chunk in memory.
   */
  static void scan(Connection c, String column, long from, long to, RowConsumer rows)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select seq, "
                + column
                + " from audit_entry where seq >= ? and seq < ? order by seq")) {
      for (long start = from; start < to; start += FETCH) {
        s.setLong(1, start);
        s.setLong(2, Math.min(to, start + FETCH));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.accept(rs.getLong(1), rs.getString(2));
          }
        }
      }
    }
  }

  private static void feed(Connection c, TreeBuilder tree, long from, long to) throws SQLException {
    scan(
        c,
        "leaf_hash",
        from,
        to,
        (seq, leaf) -> tree.appendLeafHash(Base64.getDecoder().decode(leaf)));
  }

  /** Feeds the stored leaf hashes of seq 0 to {@code size - 1}, in order, to the tree. */
  public static void streamLeaves(Connection c, long size, TreeBuilder tree) throws SQLException {
    feed(c, tree, tree.size(), size);
    if (tree.size() != size) {
      throw new SQLException(
          "The audit log has "
              + tree.size()
              + " stored entries below seq "
              + size
              + ": some are missing");
    }
  }

  /**
   * Signs a checkpoint of all committed entries unless the latest already covers them, and keeps
   * it. Refuses when the stored entries no longer hash to the latest checkpoint's root: the desk
   * never signs over a log that was rewritten behind its back.
   */
  public static StoredCheckpoint signCheckpoint(Connection c, NoteKey key, String origin)
      throws SQLException {
    long size = size(c);
    StoredCheckpoint latest = latestCheckpoint(c);
    if (latest != null && latest.size() >= size) {
      return latest;
    }
    TreeBuilder tree = new TreeBuilder();
    if (latest != null) {
      streamLeaves(c, latest.size(), tree);
      if (!Arrays.equals(tree.root(), latest.root())) {
        throw new SQLException(
            "The stored audit entries no longer match the checkpoint of "
                + latest.size()
                + " entries: the log was changed in the database. No new checkpoint is signed; run"
                + " verify-audit --database.");
      }
    }
    feed(c, tree, tree.size(), size);
    if (tree.size() != size) {
      throw new SQLException("Audit entries are missing below seq " + size);
    }
    Checkpoint checkpoint = new Checkpoint(origin, size, tree.root());
    String note = checkpoint.sign(key);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into audit_checkpoint (tree_size, root_hash, signed_at, note) values (?, ?, ?, ?)")) {
      insert.setLong(1, size);
      insert.setString(2, checkpoint.rootBase64());
      insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.setString(4, note);
      insert.executeUpdate();
    }
    return new StoredCheckpoint(size, tree.root(), now, note);
  }

  /** What to export: a date range (null for the whole log) and an earlier checkpoint's size. */
  public record ExportRequest(
      @Nullable Instant fromTime, @Nullable Instant toTime, @Nullable Long sinceSize) {
    public static ExportRequest whole() {
      return new ExportRequest(null, null, null);
    }
  }

  /**
   * Writes an export covered by the checkpoint, streaming the entries with flat memory; {@code
   * progress} hears the number of entries written so far. Returns the number of entries.
   */
  public static long export(
      Connection c,
      Writer out,
      NoteKey key,
      StoredCheckpoint checkpoint,
      ExportRequest request,
      LongConsumer progress)
      throws SQLException {
    long n = checkpoint.size();
    long from = 0;
    long to = n;
    if (request.fromTime() != null) {
      from =
          boundary(
              c,
              "select min(seq) from audit_entry where entry_time >= ? and seq < ?",
              request.fromTime(),
              n,
              n);
    }
    if (request.toTime() != null) {
      to =
          boundary(
              c,
              "select max(seq) + 1 from audit_entry where entry_time < ? and seq < ?",
              request.toTime(),
              n,
              0);
      to = Math.max(to, from);
    }
    if (request.sinceSize() != null && (request.sinceSize() < 0 || request.sinceSize() > n)) {
      throw new IllegalArgumentException(
          "There is no checkpoint of "
              + request.sinceSize()
              + " entries to prove consistency from; the log has "
              + n);
    }
    List<MerkleTree.Range> left = MerkleTree.perfectCover(0, from);
    List<MerkleTree.Range> right = MerkleTree.perfectCover(to, n);
    List<MerkleTree.Range> consistency =
        request.sinceSize() == null
            ? List.of()
            : MerkleTree.consistencyRanges(request.sinceSize(), n);
    TreeBuilder tree = null;
    byte[] sinceRoot = null;
    if (!left.isEmpty() || !right.isEmpty() || request.sinceSize() != null) {
      tree = new TreeBuilder().want(left).want(right).want(consistency);
      if (request.sinceSize() != null) {
        streamLeaves(c, request.sinceSize(), tree);
        sinceRoot = tree.root();
      }
      continueLeaves(c, tree, n);
    }
    String origin = Checkpoint.originOf(checkpoint.note());
    ExportHeader header =
        new ExportHeader(
            origin,
            key.verifierText(),
            from,
            to,
            n,
            tree == null ? List.of() : tree.hashes(left),
            tree == null ? List.of() : tree.hashes(right),
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            request.fromTime() == null ? null : request.fromTime().toString(),
            request.toTime() == null ? null : request.toTime().toString());
    try {
      out.write(header.json());
      out.write('\n');
      long[] written = {0};
      scan(
          c,
          "canonical_json",
          from,
          to,
          (seq, json) -> {
            try {
              out.write(json);
              out.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            if (++written[0] % 10_000 == 0) {
              progress.accept(written[0]);
            }
          });
      if (request.sinceSize() != null) {
        out.write(
            ExportHeader.consistencyJson(request.sinceSize(), sinceRoot, tree.hashes(consistency)));
        out.write('\n');
      }
      out.write(ExportHeader.checkpointJson(checkpoint.note(), checkpoint.signedAt()));
      out.write('\n');
      out.flush();
      progress.accept(written[0]);
      return written[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void continueLeaves(Connection c, TreeBuilder tree, long size)
      throws SQLException {
    feed(c, tree, tree.size(), size);
  }

  private static long boundary(Connection c, String sql, Instant time, long size, long ifNone)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
      s.setLong(2, size);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          long v = rs.getLong(1);
          return rs.wasNull() ? ifNone : v;
        }
        return ifNone;
      }
    }
  }

  /** The verdict on the stored log. */
  public record DatabaseVerdict(boolean intact, String message, long entries) {}

  /**
   * Recomputes the tree from the stored entries (their JSON, not the stored hashes) and compares it
   * with every stored checkpoint; names the first entry or checkpoint that does not fit.
   */
  public static DatabaseVerdict verify(Connection c, NoteKey key) throws SQLException {
    List<StoredCheckpoint> checkpoints = checkpoints(c);
    for (StoredCheckpoint cp : checkpoints) {
      try {
        Checkpoint signed = Checkpoint.verify(cp.note(), key);
        if (signed.size() != cp.size() || !Arrays.equals(signed.root(), cp.root())) {
          return new DatabaseVerdict(
              false,
              "the checkpoint of "
                  + cp.size()
                  + " entries was changed: its columns differ from its signed note",
              0);
        }
      } catch (Checkpoint.InvalidNote e) {
        return new DatabaseVerdict(
            false, "the checkpoint of " + cp.size() + " entries is refused: " + e.getMessage(), 0);
      }
    }
    long headSize = size(c);
    TreeBuilder tree = new TreeBuilder();
    int nextCheckpoint = 0;
    while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).size() == 0) {
      nextCheckpoint++;
    }
    byte[] lastLeaf = null;
    long expected = 0;
    long end = headSize;
    try (PreparedStatement s = c.prepareStatement("select max(seq) from audit_entry");
        ResultSet rs = s.executeQuery()) {
      if (rs.next() && !rs.wasNull()) {
        end = Math.max(end, rs.getLong(1) + 1);
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "select seq, canonical_json, leaf_hash from audit_entry where seq >= ? and seq < ?"
                + " order by seq")) {
      for (long chunk = 0; chunk < end; chunk += FETCH) {
        s.setLong(1, chunk);
        s.setLong(2, Math.min(end, chunk + FETCH));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            String json = rs.getString(2);
            if (seq != expected) {
              return new DatabaseVerdict(
                  false,
                  seq > expected
                      ? "entry seq " + expected + " is missing: it was deleted"
                      : "entry seq " + seq + " appears twice",
                  expected);
            }
            byte[] leaf = MerkleTree.leafHash(json);
            tools.jackson.databind.JsonNode node;
            try {
              node = JSON.readTree(json);
            } catch (tools.jackson.core.JacksonException e) {
              node = null;
            }
            if (node == null
                || node.get("seq") == null
                || node.get("seq").asLong(-1) != seq
                || node.get("prev") == null) {
              return new DatabaseVerdict(
                  false,
                  "entry seq " + seq + " was changed: its JSON carries another seq",
                  expected);
            }
            if (!B64.encodeToString(leaf).equals(rs.getString(3))) {
              return new DatabaseVerdict(
                  false,
                  "entry seq " + seq + " was changed: its JSON no longer matches its hash",
                  expected);
            }
            String prev = lastLeaf == null ? "" : B64.encodeToString(lastLeaf);
            if (!prev.equals(node.get("prev").asString())) {
              return new DatabaseVerdict(
                  false,
                  "entry seq "
                      + (seq == 0 ? 0 : seq - 1)
                      + " was changed: its hash does not match the one the next entry recorded",
                  expected);
            }
            tree.appendLeafHash(leaf);
            lastLeaf = leaf;
            expected++;
            while (nextCheckpoint < checkpoints.size()
                && checkpoints.get(nextCheckpoint).size() == tree.size()) {
              StoredCheckpoint cp = checkpoints.get(nextCheckpoint++);
              if (!Arrays.equals(tree.root(), cp.root())) {
                return new DatabaseVerdict(
                    false,
                    "the entries up to seq "
                        + (cp.size() - 1)
                        + " no longer match the checkpoint signed at "
                        + cp.signedAt()
                        + ": an entry was changed in the database",
                    expected);
              }
            }
          }
        }
      }
    }
    if (nextCheckpoint < checkpoints.size()) {
      StoredCheckpoint cp = checkpoints.get(nextCheckpoint);
      return new DatabaseVerdict(
          false,
          "the checkpoint of "
              + cp.size()
              + " entries covers more than the "
              + expected
              + " stored: entries were deleted from the end",
          expected);
    }
    if (expected != headSize) {
      return new DatabaseVerdict(
          false,
          "the log should have "
              + headSize
              + " entries but "
              + expected
              + " are stored: entries were deleted",
          expected);
    }
    StoredCheckpoint latest = checkpoints.isEmpty() ? null : checkpoints.getLast();
    return new DatabaseVerdict(
        true,
        String.format(
            Locale.US,
            "intact: %,d entries, root %s, %d checkpoints verified%s",
            expected,
            B64.encodeToString(tree.root()),
            checkpoints.size(),
            latest == null
                ? ""
                : ", the latest signed by "
                    + key.name()
                    + "+"
                    + key.keyIdHex()
                    + " at "
                    + latest.signedAt()),
        expected);
  }
}
