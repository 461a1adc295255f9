package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.matching.ClaimMatch;
import org.claimdesk.matching.MatchSuggestionView;
import org.claimdesk.matching.MatchingService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Claim matching on demand, and the editors' decisions on the suggestions made at ingest. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Matching", description = "Find the earlier claims a statement may be")
class MatchController {

  private final MatchingService matching;
  private final ClaimService claims;

  MatchController(MatchingService matching, ClaimService claims) {
    this.matching = matching;
    this.claims = claims;
  }

  /** The statement to match. */
  public record MatchRequest(
      @Schema(
              example = "The minister said unemployment fell to 4.1% in October.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          String text) {}

  @PostMapping(path = "/match")
  @Operation(
      summary = "The claims most like a statement, best first, each with why it matched",
      description =
          "BM25 candidates re-ranked with sentence embeddings; each match gives the similarity"
              + " (0 to 1), the shared terms, the claimant, the first-seen date and any"
              + " published verdict.")
  List<ClaimMatch> match(@RequestBody MatchRequest request) {
    return matching.match(Require.text(request.text()));
  }

  @GetMapping(path = "/claims/{id}/matches")
  @Operation(summary = "The other claims most like this claim's statement, without rejected ones")
  List<ClaimMatch> matchesOf(@PathVariable long id) {
    if (claims.find(id).isEmpty()) {
      throw new ApiNotFoundException("There is no claim #" + id + ".");
    }
    return matching.matchesOf(id);
  }

  @GetMapping(path = "/claims/{id}/suggestions")
  @Operation(summary = "The suggestions 'same as claim #N?' made for this claim at ingest")
  List<MatchSuggestionView> suggestions(@PathVariable long id) {
    if (claims.find(id).isEmpty()) {
      throw new ApiNotFoundException("There is no claim #" + id + ".");
    }
    return matching.suggestionsFor(id);
  }

  @PostMapping(path = "/match-suggestions/{id}/confirm")
  @Operation(
      summary =
          "Confirm a suggestion: the item becomes an appearance of the earlier claim (editors)")
  MatchSuggestionView confirm(@PathVariable long id) {
    return matching.confirm(id);
  }

  @PostMapping(path = "/match-suggestions/{id}/reject")
  @Operation(summary = "Reject a suggestion; it is never offered again (editors)")
  MatchSuggestionView reject(@PathVariable long id) {
    return matching.reject(id);
  }
}
