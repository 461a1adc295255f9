package org.claimdesk.claims;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the claim queue is narrowed to; empty fields do not narrow. */
public record ClaimFilter(
    Set<ClaimStatus> statuses,
    @Nullable String speaker,
    @Nullable String assignee,
    @Nullable String rating,
    @Nullable String outlet,
    @Nullable Long documentId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String text) {

  public ClaimFilter {
    statuses = Set.copyOf(statuses);
  }

  public static ClaimFilter all() {
    return new ClaimFilter(Set.of(), null, null, null, null, null, null, null, null);
  }

  public ClaimFilter withStatuses(Set<ClaimStatus> newStatuses) {
    return new ClaimFilter(
        newStatuses, speaker, assignee, rating, outlet, documentId, from, to, text);
  }
}
