package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.publishing.ClaimReviewService;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** schema.org ClaimReview JSON-LD of published verdicts: one claim's, and a DataFeed. */
@RestController
@RequestMapping(
    path = "/api/v1",
    produces = {"application/ld+json", "application/json"})
@Tag(name = "ClaimReview", description = "schema.org ClaimReview of the published verdicts")
class ClaimReviewController {

  private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

  private final ClaimReviewService reviews;
  private final ClaimService claims;

  ClaimReviewController(ClaimReviewService reviews, ClaimService claims) {
    this.reviews = reviews;
    this.claims = claims;
  }

  @GetMapping("/claims/{id}/claimreview")
  @Operation(
      summary = "The ClaimReview of the claim's published verdict",
      description = "404 when the claim has no verdict in force.")
  ResponseEntity<ObjectNode> claimReview(@PathVariable long id) {
    if (claims.find(id).isEmpty()) {
      throw new ApiNotFoundException("There is no claim #" + id + ".");
    }
    ObjectNode review =
        reviews
            .forClaim(id)
            .orElseThrow(
                () ->
                    new ApiNotFoundException(
                        "Claim #" + id + " has no published verdict, so no ClaimReview yet."));
    return ResponseEntity.ok().contentType(JSON_LD).body(review);
  }

  @GetMapping("/claimreview")
  @Operation(
      summary = "A DataFeed of the ClaimReviews published or corrected since a date",
      description = "Data Commons style: one DataFeedItem per ClaimReview, oldest first.")
  ResponseEntity<ObjectNode> feed(
      @Parameter(description = "A date (2026-11-30) or an instant (2026-11-30T08:00:00Z)")
          @RequestParam(required = false)
          @Nullable String since) {
    return ResponseEntity.ok().contentType(JSON_LD).body(reviews.feed(since(since)));
  }

  private static @Nullable Instant since(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return text.length() <= 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserFacingException(
          "'since' takes a date like 2026-11-30 or an instant like 2026-11-30T08:00:00Z.");
    }
  }
}
