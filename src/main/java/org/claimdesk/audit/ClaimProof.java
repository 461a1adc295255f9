package org.claimdesk.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.audit.log.Jcs;

/**
 * A claim's own audit entries, each with an RFC 9162 inclusion proof against the latest signed
 * checkpoint, so that one verdict's history can be shown to a critic without the whole log.
 */
public record ClaimProof(
    long claimId,
    String publicKey,
    String checkpointNote,
    long treeSize,
    String root,
    List<ProvenEntry> entries) {

  /** One entry with its proof (base64 hashes from the leaf's sibling up) and whether it holds. */
  public record ProvenEntry(
      long seq, String description, String json, List<String> proof, boolean verified) {}

  /** The proof as one JSON document, described in docs/audit-format.md. */
  public String json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "claimdesk-audit-proof");
    out.put("version", 1);
    out.put("claimId", claimId);
    out.put("publicKey", publicKey);
    out.put("checkpoint", checkpointNote);
    out.put(
        "entries",
        entries.stream()
            .map(
                e -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("seq", e.seq());
                  m.put("entry", e.json());
                  m.put("proof", e.proof());
                  return m;
                })
            .toList());
    return Jcs.canonicalize(out);
  }
}
