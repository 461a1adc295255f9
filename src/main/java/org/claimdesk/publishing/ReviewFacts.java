package org.claimdesk.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a ClaimReview says about one claim's published verdict, read from the database: the claim,
 * its speaker, its appearances, the rating's place on the desk's scale and the publication dates.
 */
public record ReviewFacts(
    long claimId,
    long verdictId,
    String statement,
    @Nullable String claimantName,
    @Nullable String claimantKind,
    String ratingCode,
    String ratingLabel,
    int ratingValue,
    int bestRating,
    int worstRating,
    String summary,
    @Nullable String reviewUrl,
    Instant datePublished,
    @Nullable Instant dateModified,
    List<Appearance> appearances) {

  public ReviewFacts {
    appearances = List.copyOf(appearances);
  }

  /** One document the claim appeared in: its address and date, as far as they are known. */
  public record Appearance(
      String title, @Nullable String outlet, @Nullable String url, @Nullable LocalDate date) {}
}
