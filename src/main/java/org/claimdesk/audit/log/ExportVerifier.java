package org.claimdesk.audit.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an audit export offline, with no database, reading it once with flat memory: the header,
 * every entry's {@code seq} and {@code prev}, the tree root against the signed checkpoint, and,
 * when the auditor holds an earlier checkpoint, that the log only grew since. Stops at the first
 * problem and names its line.
 */
public final class ExportVerifier {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The outcome: intact, or the first problem and the line it is on (1-based; 0 for none). */
  public record Result(boolean intact, String message, long line, long entries) {
    static Result problem(long line, String message) {
      return new Result(false, (line > 0 ? "line " + line + ": " : "") + message, line, 0);
    }
  }

  private ExportVerifier() {}

  /**
   * Verifies an export.
   *
   * @param expectedKey the log's public key as the auditor holds it; null trusts the key the export
   *     names (which only shows the file is self-consistent)
   * @param earlierNote a signed checkpoint the auditor kept from before, or null
   */
  public static Result verify(
      BufferedReader in, @Nullable NoteKey expectedKey, @Nullable String earlierNote) {
    try {
      return run(in, expectedKey, earlierNote);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Result run(
      BufferedReader in, @Nullable NoteKey expectedKey, @Nullable String earlierNote)
      throws IOException {
    String first = in.readLine();
    if (first == null) {
      return Result.problem(1, "the file is empty");
    }
    JsonNode header = parse(first);
    if (header == null
        || !"header".equals(text(header, "type"))
        || !ExportHeader.FORMAT.equals(text(header, "format"))) {
      return Result.problem(1, "not a ClaimDesk audit export (the first line is not its header)");
    }
    if (header.get("version") == null || header.get("version").asLong() != ExportHeader.VERSION) {
      return Result.problem(1, "export format version " + header.get("version") + " is not known");
    }
    String origin = text(header, "origin");
    NoteKey headerKey;
    try {
      headerKey = NoteKey.parseVerifier(String.valueOf(text(header, "publicKey")));
    } catch (IllegalArgumentException e) {
      return Result.problem(1, "the header's public key is unreadable: " + e.getMessage());
    }
    NoteKey key = expectedKey != null ? expectedKey : headerKey;
    JsonNode range = header.get("range");
    if (origin == null
        || range == null
        || !isCount(range.get("from"))
        || !isCount(range.get("to"))
        || !isCount(header.get("treeSize"))) {
      return Result.problem(1, "the header lacks the origin, the range or the tree size");
    }
    long from = range.get("from").asLong();
    long to = range.get("to").asLong();
    long treeSize = header.get("treeSize").asLong();
    if (from > to || to > treeSize) {
      return Result.problem(1, "the header's range " + from + " to " + to + " is not in the tree");
    }
    List<MerkleTree.Range> leftCover = MerkleTree.perfectCover(0, from);
    List<MerkleTree.Range> rightCover = MerkleTree.perfectCover(to, treeSize);
    List<byte[]> left = hashes(header.get("left"));
    List<byte[]> right = hashes(header.get("right"));
    if (left == null
        || right == null
        || left.size() != leftCover.size()
        || right.size() != rightCover.size()) {
      return Result.problem(
          1, "the header's subtree hashes left and right of the range are missing or malformed");
    }

    Checkpoint earlier = null;
    if (earlierNote != null) {
      try {
        earlier = Checkpoint.verify(earlierNote, key);
      } catch (Checkpoint.InvalidNote e) {
        return Result.problem(0, "the earlier checkpoint is refused: " + e.getMessage());
      }
      if (!earlier.origin().equals(origin)) {
        return Result.problem(
            0,
            "the earlier checkpoint is of the log '"
                + earlier.origin()
                + "', not '"
                + origin
                + "'");
      }
    }
    boolean earlierFromLeaves = earlier != null && from == 0 && earlier.size() <= to;

    TreeBuilder tree = new TreeBuilder();
    for (int i = 0; i < leftCover.size(); i++) {
      tree.appendSubtree(Long.numberOfTrailingZeros(leftCover.get(i).size()), left.get(i));
    }
    if (earlierFromLeaves && earlier.size() == 0) {
      earlierFromLeaves = false;
    }
    long lineNo = 1;
    long expected = from;
    byte[] lastLeaf = null;
    JsonNode tail = null;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      JsonNode node = parse(line);
      if (node == null || !node.isObject()) {
        return Result.problem(lineNo, "not a JSON object: the line was damaged");
      }
      if (node.get("type") != null) {
        tail = node;
        break;
      }
      JsonNode seqNode = node.get("seq");
      if (seqNode == null || !seqNode.isIntegralNumber()) {
        return Result.problem(lineNo, "an entry without its seq number");
      }
      long seq = seqNode.asLong();
      if (expected >= to) {
        return Result.problem(
            lineNo,
            "entry seq "
                + seq
                + " after the last one of the range (seq "
                + (to - 1)
                + "): an entry was inserted");
      }
      if (seq != expected) {
        String what =
            seq > expected
                ? "entry seq " + expected + " is missing (deleted), or entries were reordered"
                : "an entry was inserted here, or entries were reordered";
        return Result.problem(
            lineNo, "found entry seq " + seq + " where seq " + expected + " belongs: " + what);
      }
      String prev = text(node, "prev");
      if (lastLeaf != null || seq == 0) {
        String want = lastLeaf == null ? "" : Base64.getEncoder().encodeToString(lastLeaf);
        if (!want.equals(prev)) {
          return seq == 0
              ? Result.problem(lineNo, "entry seq 0 was changed (its prev must be empty)")
              : Result.problem(
                  lineNo - 1,
                  "entry seq "
                      + (seq - 1)
                      + " was changed: its hash does not match the one entry seq "
                      + seq
                      + " recorded (line "
                      + lineNo
                      + ")");
        }
      }
      lastLeaf = MerkleTree.leafHash(line);
      tree.appendLeafHash(lastLeaf);
      expected++;
      if (earlierFromLeaves
          && tree.size() == earlier.size()
          && !Arrays.equals(tree.root(), earlier.root())) {
        return Result.problem(
            lineNo,
            "the entries up to seq "
                + seq
                + " do not match the earlier checkpoint of "
                + earlier.size()
                + " entries: the log was rewritten since that checkpoint");
      }
    }
    long lastEntryLine = expected > from ? lineNo - (tail == null ? 0 : 1) : 0;
    if (tail == null) {
      return Result.problem(
          lineNo + 1, "the export ends without its signed checkpoint: the file was cut short");
    }
    List<byte[]> consistency = null;
    long consistencyFrom = -1;
    byte[] consistencyRoot = null;
    if ("consistency".equals(text(tail, "type"))) {
      consistency = hashes(tail.get("proof"));
      consistencyRoot = hash(text(tail, "fromRoot"));
      if (consistency == null || consistencyRoot == null || !isCount(tail.get("fromSize"))) {
        return Result.problem(lineNo, "the consistency proof is malformed");
      }
      consistencyFrom = tail.get("fromSize").asLong();
      line = in.readLine();
      if (line == null) {
        return Result.problem(
            lineNo + 1, "the export ends without its signed checkpoint: the file was cut short");
      }
      lineNo++;
      tail = parse(line);
    }
    if (tail == null || !"checkpoint".equals(text(tail, "type")) || text(tail, "note") == null) {
      return Result.problem(lineNo, "the last line is not the signed checkpoint");
    }
    long checkpointLine = lineNo;
    if (in.readLine() != null) {
      return Result.problem(lineNo + 1, "more text after the checkpoint: something was appended");
    }
    if (expected != to) {
      return Result.problem(
          checkpointLine,
          "the export ends at entry seq "
              + (expected - 1)
              + " but its range goes to seq "
              + (to - 1)
              + ": entries were cut from the end");
    }
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoint.verify(text(tail, "note"), key);
    } catch (Checkpoint.InvalidNote e) {
      String foreign =
          expectedKey != null && !expectedKey.equals(headerKey)
              ? " (the header names the key " + headerKey.verifierText() + ")"
              : "";
      return Result.problem(
          checkpointLine, "the checkpoint's signature is refused: " + e.getMessage() + foreign);
    }
    if (!checkpoint.origin().equals(origin)) {
      return Result.problem(
          checkpointLine,
          "the checkpoint is of the log '" + checkpoint.origin() + "', not '" + origin + "'");
    }
    if (checkpoint.size() != treeSize) {
      return Result.problem(
          checkpointLine,
          "the signed checkpoint covers "
              + checkpoint.size()
              + " entries, the export "
              + treeSize
              + ": entries were cut or added");
    }
    for (int i = 0; i < rightCover.size(); i++) {
      tree.appendSubtree(Long.numberOfTrailingZeros(rightCover.get(i).size()), right.get(i));
    }
    byte[] root = tree.root();
    if (!Arrays.equals(root, checkpoint.root())) {
      return Result.problem(
          lastEntryLine > 0 ? lastEntryLine : checkpointLine,
          "the entries do not hash to the signed root: "
              + (lastEntryLine > 0 ? "this last entry was changed, or " : "")
              + "entries were rewritten (tree root "
              + Base64.getEncoder().encodeToString(root)
              + ", signed root "
              + checkpoint.rootBase64()
              + ")");
    }
    if (earlier != null && !earlierFromLeaves && earlier.size() > 0) {
      if (earlier.size() > treeSize) {
        return Result.problem(
            checkpointLine,
            "the earlier checkpoint covers "
                + earlier.size()
                + " entries, more than this export's "
                + treeSize
                + ": entries were removed, or the export is older");
      }
      boolean consistent =
          consistency != null
              && consistencyFrom == earlier.size()
              && Arrays.equals(consistencyRoot, earlier.root())
              && MerkleTree.verifyConsistency(
                  earlier.size(), treeSize, earlier.root(), checkpoint.root(), consistency);
      if (!consistent) {
        return Result.problem(
            consistency == null ? checkpointLine : checkpointLine - 1,
            consistency == null
                ? "the export carries no consistency proof from the earlier checkpoint of "
                    + earlier.size()
                    + " entries; export again naming that checkpoint"
                : "the export is not consistent with the earlier checkpoint of "
                    + earlier.size()
                    + " entries: the log was rewritten since");
      }
    }
    long count = to - from;
    String signedAt = text(tail, "signedAt");
    String what =
        from == 0 && to == treeSize
            ? String.format(Locale.US, "%,d entries", count)
            : String.format(
                Locale.US,
                "%,d entries (seq %d to %d of a log of %,d)",
                count,
                from,
                to - 1,
                treeSize);
    return new Result(
        true,
        "intact: "
            + what
            + ", root "
            + checkpoint.rootBase64()
            + ", signed by "
            + key.name()
            + "+"
            + key.keyIdHex()
            + (signedAt == null ? "" : " at " + signedAt)
            + (earlier != null
                ? ", consistent with the checkpoint of "
                    + String.format(Locale.US, "%,d", earlier.size())
                    + " entries"
                : "")
            + (expectedKey == null
                ? " (key taken from the export itself: pass --key to pin it)"
                : ""),
        0,
        count);
  }

  private static @Nullable JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }

  private static boolean isCount(@Nullable JsonNode n) {
    return n != null && n.isIntegralNumber() && n.asLong() >= 0;
  }

  private static @Nullable List<byte[]> hashes(@Nullable JsonNode array) {
    if (array == null || !array.isArray()) {
      return null;
    }
    List<byte[]> out = new ArrayList<>();
    for (JsonNode item : array) {
      byte[] h = item.isString() ? hash(item.asString()) : null;
      if (h == null) {
        return null;
      }
      out.add(h);
    }
    return out;
  }

  private static byte @Nullable [] hash(@Nullable String base64) {
    if (base64 == null) {
      return null;
    }
    try {
      byte[] h = Base64.getDecoder().decode(base64);
      return h.length == MerkleTree.HASH_SIZE ? h : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
