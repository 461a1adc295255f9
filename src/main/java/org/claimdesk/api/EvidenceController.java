package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.EvidenceSummary;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.evidence.SourceSummary;
import org.claimdesk.evidence.Stance;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sources, and evidence that attaches a source to a claim. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Sources and evidence", description = "Sources and the evidence on claims")
class EvidenceController {

  private final EvidenceService evidence;
  private final ClaimService claims;

  EvidenceController(EvidenceService evidence, ClaimService claims) {
    this.evidence = evidence;
    this.claims = claims;
  }

  /** A new source. */
  public record SourceRequest(
      @Schema(example = "WIRE_SERVICE", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable SourceKind kind,
      @Schema(example = "Xinhua", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String title,
      @Schema(example = "Xinhua News Agency") @Nullable String publisher,
      @Schema(example = "https://english.news.cn/") @Nullable String url,
      @Schema(example = "2025-11-23") @Nullable LocalDate publishedDate,
      @Nullable String archivedUrl,
      @Nullable String notes) {}

  /** A source attached to a claim. */
  public record EvidenceRequest(
      @Schema(example = "5", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long sourceId,
      @Schema(example = "SUPPORTS", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Stance stance,
      @Schema(example = "Swiss officials confirmed Geneva as the venue.") @Nullable String excerpt,
      @Nullable String note) {}

  @GetMapping("/sources")
  @Operation(summary = "Sources whose title, publisher or address contains q (at most 100)")
  List<SourceSummary> sources(@RequestParam(defaultValue = "") String q) {
    return evidence.findSources(q, 100);
  }

  @PostMapping(path = "/sources")
  @Operation(summary = "Create a source (reviewers and editors)")
  ResponseEntity<SourceSummary> createSource(@RequestBody SourceRequest request) {
    SourceSummary created =
        evidence.createSource(
            new SourceDraft(
                Require.present(
                    request.kind(), "kind", "the kind of source, e.g. WIRE_SERVICE or DATASET"),
                Require.text(request.title()),
                request.publisher(),
                request.url(),
                request.publishedDate(),
                request.archivedUrl(),
                request.notes()));
    return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).body(created);
  }

  @PostMapping(path = "/claims/{id}/evidence")
  @Operation(summary = "Attach a source to a claim with a stance and excerpt")
  ResponseEntity<EvidenceSummary> attach(
      @PathVariable long id, @RequestBody EvidenceRequest request) {
    claims.find(id).orElseThrow(() -> new ApiNotFoundException("There is no claim #" + id + "."));
    EvidenceSummary added =
        evidence.attach(
            id,
            Require.present(request.sourceId(), "sourceId", "the id of the source"),
            Require.present(request.stance(), "stance", "SUPPORTS, REFUTES or CONTEXT"),
            request.excerpt(),
            request.note());
    return ResponseEntity.created(URI.create("/api/v1/claims/" + id)).body(added);
  }
}
