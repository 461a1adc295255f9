package org.claimdesk.audit.log;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first line of an export (docs/audit-format.md): format and version, the log's origin and
 * public key, the range of {@code seq} it holds, the size of the tree its checkpoint covers, and
 * the hashes of the perfect subtrees left and right of the range, so that a range can be checked
 * against the whole tree.
 */
public record ExportHeader(
    String origin,
    String publicKey,
    long from,
    long to,
    long treeSize,
    List<byte[]> left,
    List<byte[]> right,
    Instant exportedAt,
    @Nullable String fromTime,
    @Nullable String toTime) {

  public static final String FORMAT = "claimdesk-audit-export";
  public static final int VERSION = 1;

  public String json() {
    Map<String, @Nullable Object> range = new LinkedHashMap<>();
    range.put("from", from);
    range.put("to", to);
    range.put("fromTime", fromTime);
    range.put("toTime", toTime);
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("type", "header");
    json.put("format", FORMAT);
    json.put("version", VERSION);
    json.put("origin", origin);
    json.put("publicKey", publicKey);
    json.put("range", range);
    json.put("treeSize", treeSize);
    json.put("left", left.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList());
    json.put("right", right.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList());
    json.put("exportedAt", exportedAt.toString());
    return Jcs.canonicalize(json);
  }

  /** The line that carries a consistency proof from an earlier checkpoint. */
  public static String consistencyJson(long fromSize, byte[] fromRoot, List<byte[]> proof) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "consistency");
    json.put("fromSize", fromSize);
    json.put("fromRoot", Base64.getEncoder().encodeToString(fromRoot));
    json.put("proof", proof.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList());
    return Jcs.canonicalize(json);
  }

  /** The last line: the signed checkpoint note and when the desk signed it. */
  public static String checkpointJson(String note, Instant signedAt) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "checkpoint");
    json.put("note", note);
    json.put("signedAt", signedAt.toString());
    return Jcs.canonicalize(json);
  }
}
