package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verdicts: propose, approve by a second editor, return, publish, correct, retract. A correction
 * and a retraction are proposals too: approve (or return) acts on a published verdict's pending
 * retraction. {@code expectedVersion} is optional here: when given, a stale one is refused with
 * 409; without it the action applies to the verdict as it is now.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Verdicts", description = "Propose, approve, publish, correct and retract verdicts")
class VerdictController {

  private final VerdictService verdicts;
  private final ClaimService claims;

  VerdictController(VerdictService verdicts, ClaimService claims) {
    this.verdicts = verdicts;
    this.claims = claims;
  }

  /** A proposed verdict. */
  public record VerdictRequest(
      @Schema(example = "MOSTLY_TRUE", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Rating rating,
      @Schema(
              example = "Geneva was confirmed as the venue by Xinhua.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String summary,
      @Schema(example = "Two wire services report the same venue.") @Nullable String rationale,
      @Schema(example = "3", description = "The claim's version you read")
          @Nullable Long expectedVersion) {}

  /** An action on a verdict as it was read. */
  public record VerdictAction(
      @Schema(example = "1", description = "The verdict's version you read")
          @Nullable Long expectedVersion) {}

  /** Publishing an approved verdict, with the address of the published fact-check. */
  public record PublishRequest(
      @Schema(example = "2", description = "The verdict's version you read")
          @Nullable Long expectedVersion,
      @Schema(
              example = "https://factcheck.example.org/2026/geneva-venue",
              description = "The published fact-check's address: the ClaimReview's url")
          @Nullable String url) {}

  /** Sending a verdict back to its author. */
  public record ReturnRequest(
      @Schema(example = "Add the second source.", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String comment,
      @Nullable Long expectedVersion) {}

  /** A correction of a published verdict. */
  public record CorrectionRequest(
      @Schema(example = "TRUE", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Rating rating,
      @Schema(example = "Geneva is confirmed.", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String summary,
      @Nullable String rationale,
      @Schema(
              example = "The Swiss foreign ministry confirmed the venue.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String correctionNote,
      @Nullable Long expectedVersion) {}

  /** A retraction of a published verdict. */
  public record RetractionRequest(
      @Schema(
              example = "The source withdrew its report.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String reason,
      @Nullable Long expectedVersion) {}

  @PostMapping(path = "/claims/{id}/verdicts")
  @Operation(summary = "Propose a verdict (the assigned reviewer or an editor)")
  ResponseEntity<VerdictSummary> propose(
      @PathVariable long id, @RequestBody VerdictRequest request) {
    long claimVersion =
        claims
            .find(id)
            .orElseThrow(() -> new ApiNotFoundException("There is no claim #" + id + "."))
            .version();
    VerdictSummary proposed =
        verdicts.propose(
            id,
            versionOr(request.expectedVersion(), claimVersion),
            Require.present(request.rating(), "rating", "a rating, e.g. MOSTLY_TRUE"),
            Require.text(request.summary()),
            request.rationale());
    return ResponseEntity.created(URI.create("/api/v1/claims/" + id)).body(proposed);
  }

  @PostMapping("/verdicts/{id}/approve")
  @Operation(summary = "Approve a proposed verdict (an editor other than its author)")
  VerdictSummary approve(
      @PathVariable long id, @RequestBody(required = false) @Nullable VerdictAction action) {
    VerdictSummary verdict = verdict(id);
    long version = versionOr(action == null ? null : action.expectedVersion(), verdict.version());
    return retractionPending(verdict)
        ? verdicts.approveRetraction(id, version)
        : verdicts.approve(id, version);
  }

  @PostMapping(path = "/verdicts/{id}/return")
  @Operation(summary = "Return a proposed verdict to its author with a comment (editors)")
  VerdictSummary returnToAuthor(@PathVariable long id, @RequestBody ReturnRequest request) {
    VerdictSummary verdict = verdict(id);
    long version = versionOr(request.expectedVersion(), verdict.version());
    String comment = Require.text(request.comment());
    return retractionPending(verdict)
        ? verdicts.rejectRetraction(id, version, comment)
        : verdicts.returnToAuthor(id, version, comment);
  }

  @PostMapping("/verdicts/{id}/publish")
  @Operation(
      summary = "Publish an approved verdict (editors)",
      description =
          "The optional url is the published fact-check's address, given in its ClaimReview.")
  VerdictSummary publish(
      @PathVariable long id, @RequestBody(required = false) @Nullable PublishRequest request) {
    VerdictSummary verdict = verdict(id);
    return verdicts.publish(
        id,
        versionOr(request == null ? null : request.expectedVersion(), verdict.version()),
        request == null ? null : request.url());
  }

  @PostMapping(path = "/verdicts/{id}/correct")
  @Operation(
      summary = "Correct a published verdict (editors)",
      description =
          "Proposes a new verdict that supersedes the published one; both stay visible with the"
              + " correction note.")
  ResponseEntity<VerdictSummary> correct(
      @PathVariable long id, @RequestBody CorrectionRequest request) {
    VerdictSummary published = verdict(id);
    VerdictSummary correction =
        verdicts.correct(
            id,
            versionOr(request.expectedVersion(), published.version()),
            Require.present(request.rating(), "rating", "the corrected rating"),
            Require.text(request.summary()),
            request.rationale(),
            Require.text(request.correctionNote()));
    return ResponseEntity.created(URI.create("/api/v1/claims/" + correction.claimId()))
        .body(correction);
  }

  @PostMapping(path = "/verdicts/{id}/retract")
  @Operation(summary = "Retract a published verdict with a reason (editors)")
  VerdictSummary retract(@PathVariable long id, @RequestBody RetractionRequest request) {
    VerdictSummary verdict = verdict(id);
    return verdicts.retract(
        id,
        versionOr(request.expectedVersion(), verdict.version()),
        Require.text(request.reason()));
  }

  private VerdictSummary verdict(long id) {
    return verdicts
        .find(id)
        .orElseThrow(() -> new ApiNotFoundException("That verdict no longer exists."));
  }

  private static boolean retractionPending(VerdictSummary verdict) {
    return verdict.state() == VerdictState.PUBLISHED && verdict.retractionBy() != null;
  }

  private static long versionOr(@Nullable Long expectedVersion, long current) {
    return expectedVersion == null ? current : expectedVersion;
  }
}
