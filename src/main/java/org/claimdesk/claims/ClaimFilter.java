package org.claimdesk.claims;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the claim queue is narrowed to; empty fields do not narrow. {@code resurfaced} keeps only
 * the claims seen again after their verdict was published.
 */
public record ClaimFilter(
    Set<ClaimStatus> statuses,
    @Nullable String speaker,
    @Nullable String assignee,
    @Nullable String rating,
    @Nullable String outlet,
    @Nullable Long documentId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String text,
    boolean resurfaced) {

  public ClaimFilter {
    statuses = Set.copyOf(statuses);
  }

  /** A filter that does not ask for resurfaced claims only. */
  public ClaimFilter(
      Set<ClaimStatus> statuses,
      @Nullable String speaker,
      @Nullable String assignee,
      @Nullable String rating,
      @Nullable String outlet,
      @Nullable Long documentId,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String text) {
    this(statuses, speaker, assignee, rating, outlet, documentId, from, to, text, false);
  }

  public static ClaimFilter all() {
    return new ClaimFilter(Set.of(), null, null, null, null, null, null, null, null, false);
  }

  public ClaimFilter withStatuses(Set<ClaimStatus> newStatuses) {
    return new ClaimFilter(
        newStatuses, speaker, assignee, rating, outlet, documentId, from, to, text, resurfaced);
  }

  /** The same filter, keeping only claims seen again after their verdict was published. */
  public ClaimFilter withResurfaced(boolean onlyResurfaced) {
    return new ClaimFilter(
        statuses, speaker, assignee, rating, outlet, documentId, from, to, text, onlyResurfaced);
  }
}
