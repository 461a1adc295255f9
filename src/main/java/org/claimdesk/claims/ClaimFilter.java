package org.claimdesk.claims;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the claim queue is narrowed to; empty fields do not narrow. */
public record ClaimFilter(
    Set<ClaimStatus> statuses,
    @Nullable String speaker,
    @Nullable String assignee,
    @Nullable Long documentId,
    @Nullable String text) {

  public static ClaimFilter all() {
    return new ClaimFilter(Set.of(), null, null, null, null);
  }
}
