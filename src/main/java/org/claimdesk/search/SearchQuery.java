package org.claimdesk.search;

import org.claimdesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * What somebody searches for: words, "quoted phrases", {@code prefix*} and {@code -excluded} words,
 * narrowed by the facets they clicked.
 */
public record SearchQuery(
    String text,
    @Nullable ClaimStatus status,
    @Nullable String speaker,
    @Nullable String outlet,
    int limit) {

  public static final int DEFAULT_LIMIT = 20;

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, DEFAULT_LIMIT);
  }

  /** Documents have no status or speaker: a query narrowed to one finds claims only. */
  boolean narrowsToClaims() {
    return status != null || speaker != null;
  }
}
