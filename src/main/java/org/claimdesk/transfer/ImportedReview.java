package org.claimdesk.transfer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fact-check published elsewhere, as read from one ClaimReview object. */
record ImportedReview(
    String url,
    String claimReviewed,
    @Nullable String claimant,
    String ratingLabel,
    String reviewedBy,
    @Nullable LocalDate datePublished,
    @Nullable String summary) {}
