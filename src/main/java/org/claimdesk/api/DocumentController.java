package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.documents.IngestResult;
import org.claimdesk.matching.MatchSuggestionView;
import org.claimdesk.matching.MatchingService;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Documents: ingest (extraction and claims in one step) and reading them back with their items. */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = "application/json")
@Tag(name = "Documents", description = "Ingest articles, transcripts and wire copy")
class DocumentController {

  private final DocumentService documents;
  private final ClaimService claims;

  private final MatchingService matching;

  DocumentController(DocumentService documents, ClaimService claims, MatchingService matching) {
    this.documents = documents;
    this.claims = claims;
    this.matching = matching;
  }

  /** A document to ingest. */
  public record DocumentRequest(
      @Schema(example = "Geneva talks", requiredMode = Schema.RequiredMode.REQUIRED) String title,
      @Schema(example = "Reuters") @Nullable String outlet,
      @Schema(example = "https://example.org/geneva-talks") @Nullable String url,
      @Schema(example = "2025-11-23") @Nullable LocalDate publishedDate,
      @Schema(
              example =
                  "GENEVA (Reuters) - Switzerland has agreed to host the talks, the foreign"
                      + " minister said on Sunday.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          String text,
      @Schema(
              description =
                  "text or html (default text); HTML is also recognised by itself and read"
                      + " without its markup.",
              allowableValues = {"text", "html"})
          @Nullable String format) {}

  /** What an ingest stored. */
  public record Ingested(
      long id,
      String title,
      @Nullable String outlet,
      @Nullable String url,
      @Nullable LocalDate publishedDate,
      String ingestedBy,
      Instant ingestedAt,
      @Nullable String wireCredits,
      @Schema(description = "Why nothing or only part was found, if so") @Nullable String notice,
      List<ClaimItemView> items,
      @Schema(description = "The claims created or linked, in the order of the items")
          List<Long> claimIds,
      @Schema(
              description =
                  "Per item: the claim it became or was linked to (claimId), whether that is an"
                      + " earlier claim (linked), and the suggestions 'same as claim #N?'")
          List<ItemMatches> matches) {}

  /** What matching made of one item at ingest. */
  public record ItemMatches(
      long itemId, long claimId, boolean linked, List<Suggestion> suggestions) {}

  /** A suggestion: the earlier claim, the score and why. */
  public record Suggestion(long id, long claimId, double score, double similarity, String why) {}

  /** A document with its text and items, as the reader shows it. */
  public record DocumentDetail(
      long id,
      String title,
      @Nullable String outlet,
      @Nullable String url,
      @Nullable LocalDate publishedDate,
      String ingestedBy,
      Instant ingestedAt,
      @Nullable String wireCredits,
      @Schema(description = "The original text, exactly as received; offsets point into it")
          String text,
      List<ClaimItemView> items) {}

  /** One page of documents, newest first. */
  public record DocumentPage(List<DocumentSummary> items, int page, int size, boolean hasNext) {}

  @PostMapping
  @Operation(
      summary = "Ingest a document: extraction, claim items and claims in one step",
      description = "The same text twice is refused with 409 and the existing document's id.")
  ResponseEntity<Ingested> ingest(@RequestBody DocumentRequest request) {
    String format = request.format() == null ? "text" : request.format().strip();
    if (!format.equals("text") && !format.equals("html")) {
      throw new UserFacingException("The field 'format' must be text or html.");
    }
    IngestResult result =
        documents.ingest(
            new DocumentDraft(
                Require.text(request.title()),
                request.outlet(),
                request.url(),
                request.publishedDate(),
                Require.text(request.text())));
    DocumentSummary d = result.document();
    List<ClaimItemView> items = claims.itemsOfDocument(d.id());
    List<Long> claimIds = items.stream().map(ClaimItemView::claimId).distinct().toList();
    Map<Long, List<Suggestion>> suggested = new HashMap<>();
    for (MatchSuggestionView s :
        matching.suggestionsForItems(items.stream().map(ClaimItemView::id).toList())) {
      suggested
          .computeIfAbsent(s.itemId(), k -> new ArrayList<>())
          .add(new Suggestion(s.id(), s.claimId(), s.score(), s.similarity(), s.why()));
    }
    Set<Long> earlier = new HashSet<>();
    for (ClaimSummary c : claims.findAll(claimIds)) {
      if (c.firstDocumentId() != null && c.firstDocumentId() != d.id()) {
        earlier.add(c.id());
      }
    }
    List<ItemMatches> matches =
        items.stream()
            .map(
                i ->
                    new ItemMatches(
                        i.id(),
                        i.claimId(),
                        earlier.contains(i.claimId()),
                        suggested.getOrDefault(i.id(), List.of())))
            .toList();
    return ResponseEntity.created(URI.create("/api/v1/documents/" + d.id()))
        .body(
            new Ingested(
                d.id(),
                d.title(),
                d.outlet(),
                d.url(),
                d.publishedDate(),
                d.ingestedBy(),
                d.ingestedAt(),
                d.wireCredits(),
                result.notice(),
                items,
                claimIds,
                matches));
  }

  @GetMapping
  @Operation(summary = "Documents, newest first, a page at a time (size at most 500)")
  DocumentPage list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size);
    Slice<DocumentSummary> slice = documents.page(page, size);
    return new DocumentPage(slice.getContent(), page, size, slice.hasNext());
  }

  @GetMapping("/{id}")
  @Operation(summary = "A document with its original text and its claim items")
  DocumentDetail get(@PathVariable long id) {
    DocumentSummary d =
        documents
            .find(id)
            .orElseThrow(() -> new ApiNotFoundException("There is no document #" + id + "."));
    String text = documents.originalText(id).orElse("");
    return new DocumentDetail(
        d.id(),
        d.title(),
        d.outlet(),
        d.url(),
        d.publishedDate(),
        d.ingestedBy(),
        d.ingestedAt(),
        d.wireCredits(),
        text,
        claims.itemsOfDocument(id));
  }
}
