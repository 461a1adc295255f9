package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.evidence.EvidenceSummary;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The claim queue, a claim's page, and the editor's changes to a claim. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = "application/json")
@Tag(name = "Claims", description = "The queue, the claim page, edits, status, merge and split")
class ClaimController {

  private static final Set<String> SORTABLE =
      Set.of(
          "id",
          "createdAt",
          "checkworthiness",
          "status",
          "dueDate",
          "statement",
          "assignee",
          "appearances",
          "lastSeen");

  /** The API's sort names that differ from the claim's property names. */
  private static final java.util.Map<String, String> SORT_PROPERTY =
      java.util.Map.of("appearances", "appearanceCount", "lastSeen", "lastSeenAt");

  private final ClaimService claims;
  private final ClaimDetailService details;

  ClaimController(ClaimService claims, ClaimDetailService details) {
    this.claims = claims;
    this.details = details;
  }

  /** One page of the queue. */
  public record ClaimPage(List<ClaimJson> items, int page, int size, boolean hasNext) {}

  /** A claim with everything its page shows. */
  public record ClaimDetail(
      long id,
      @Schema(description = "Send as expectedVersion with a change.", example = "3") long version,
      String statement,
      @Nullable String speaker,
      @Nullable SpeakerKind speakerKind,
      ClaimStatus status,
      @Nullable String statusReason,
      double checkworthiness,
      @Nullable String assignee,
      @Nullable LocalDate dueDate,
      @Nullable Long firstDocumentId,
      @Nullable String rating,
      @Nullable String outlet,
      Instant createdAt,
      @Schema(description = "When the desk last saw the claim in a document (ingest or link).")
          @Nullable Instant lastSeen,
      @Schema(description = "Seen again after its verdict was published.") boolean resurfaced,
      List<ClaimItemView> appearances,
      List<EvidenceSummary> evidence,
      List<VerdictSummary> verdicts,
      List<FollowUpSummary> followUps,
      @Nullable AssignmentSummary assignment,
      List<HistoryEntry> history) {}

  /** An edit of the statement or speaker; absent fields stay as they are. */
  public record ClaimEdit(
      @Schema(example = "Switzerland will host the talks in Geneva.") @Nullable String statement,
      @Schema(example = "Ignazio Cassis") @Nullable String speaker,
      @Nullable SpeakerKind speakerKind,
      @Schema(example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Long expectedVersion) {}

  /** A move in the workflow. */
  public record StatusChange(
      @Schema(example = "ACCEPTED", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable ClaimStatus status,
      @Schema(example = "Not a factual claim", description = "Required for DISMISSED")
          @Nullable String reason,
      @Schema(example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Long expectedVersion) {}

  /** Merging another claim into this one. */
  public record MergeRequest(
      @Schema(
              example = "43",
              description = "The claim whose appearances move here; it is dismissed",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Long mergedClaimId,
      @Schema(example = "3", description = "Version of this (kept) claim")
          @Nullable Long expectedVersion,
      @Schema(example = "1", description = "Version of the merged claim")
          @Nullable Long mergedExpectedVersion) {}

  /** Splitting one of this claim's items into two statements. */
  public record SplitRequest(
      @Schema(example = "7", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long itemId,
      @Schema(example = "Switzerland will host the talks.") @Nullable String firstStatement,
      @Schema(example = "The talks start on Monday.") @Nullable String secondStatement,
      @Schema(example = "3") @Nullable Long expectedVersion) {}

  @GetMapping
  @Operation(
      summary = "The claim queue, filtered, a page at a time",
      description =
          "Filters as on the queue page; sort by id, createdAt, checkworthiness, status, dueDate,"
              + " statement, assignee, appearances (documents the claim appeared in) or lastSeen"
              + " (its latest appearance), e.g. sort=checkworthiness,desc (the default, then id)."
              + " resurfaced=true keeps the claims seen again after their verdict was published."
              + " size is at most 500.")
  ClaimPage queue(
      @ParameterObject QueueFilterParameters filters,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @Parameter(description = "field[,asc|desc], may repeat") @RequestParam(required = false)
          @Nullable List<String> sort) {
    Paging.check(page, size);
    ClaimFilter filter = filters.filter();
    Slice<ClaimSummary> slice = claims.queue(filter, PageRequest.of(page, size, sortOf(sort)));
    return new ClaimPage(
        slice.getContent().stream().map(ClaimJson::of).toList(), page, size, slice.hasNext());
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "A claim with its appearances, evidence, verdicts, follow-ups, assignment and history")
  ClaimDetail get(@PathVariable long id) {
    ClaimDetailService.Detail d =
        details
            .detail(id)
            .orElseThrow(() -> new ApiNotFoundException("There is no claim #" + id + "."));
    ClaimSummary c = d.claim();
    return new ClaimDetail(
        c.id(),
        c.version(),
        c.statement(),
        c.claimantName(),
        c.claimantKind(),
        c.status(),
        c.statusReason(),
        c.checkworthiness(),
        c.assignee(),
        c.dueDate(),
        c.firstDocumentId(),
        c.currentRating(),
        c.outlet(),
        c.createdAt(),
        c.lastSeen(),
        c.resurfaced(),
        d.appearances(),
        d.evidence(),
        d.verdicts(),
        d.followUps(),
        d.assignment(),
        d.history());
  }

  @PatchMapping(path = "/{id}")
  @Operation(summary = "Edit the statement or speaker (editors)")
  ClaimJson edit(@PathVariable long id, @RequestBody ClaimEdit edit) {
    ClaimSummary c = claim(id);
    String speaker = edit.speaker() != null ? edit.speaker() : c.claimantName();
    SpeakerKind kind =
        edit.speakerKind() != null
            ? edit.speakerKind()
            : (edit.speaker() != null && !edit.speaker().isBlank() && c.claimantKind() == null)
                ? SpeakerKind.PERSON
                : c.claimantKind();
    return ClaimJson.of(
        claims.editStatement(
            id,
            Require.version(edit.expectedVersion()),
            edit.statement() != null ? edit.statement() : c.statement(),
            speaker,
            kind));
  }

  @PostMapping(path = "/{id}/status")
  @Operation(
      summary = "Move the claim in the workflow (editors)",
      description =
          "NEW, ACCEPTED, DISMISSED (with a reason), IN_REVIEW or REOPENED; the other statuses"
              + " follow from assignments and verdicts.")
  ClaimJson changeStatus(@PathVariable long id, @RequestBody StatusChange change) {
    claim(id);
    return ClaimJson.of(
        claims.changeStatus(
            id,
            Require.version(change.expectedVersion()),
            Require.present(change.status(), "status", "the new status, e.g. ACCEPTED"),
            change.reason()));
  }

  @PostMapping(path = "/{id}/merge")
  @Operation(
      summary = "Merge another claim into this one (editors)",
      description =
          "The merged claim's appearances move to this claim and it is dismissed with a pointer"
              + " here.")
  ClaimJson merge(@PathVariable long id, @RequestBody MergeRequest request) {
    long mergedId =
        Require.present(
            request.mergedClaimId(), "mergedClaimId", "the claim to merge into this one");
    ClaimSummary kept = claim(id);
    ClaimSummary merged = claim(mergedId);
    return ClaimJson.of(
        claims.merge(
            id,
            versionOr(request.expectedVersion(), kept),
            mergedId,
            versionOr(request.mergedExpectedVersion(), merged)));
  }

  @PostMapping(path = "/{id}/split")
  @Operation(
      summary = "Split one of the claim's items into two statements (editors)",
      description =
          "The item keeps the first statement; the second becomes a new item with a new claim,"
              + " which is returned.")
  ClaimItemView split(@PathVariable long id, @RequestBody SplitRequest request) {
    long itemId = Require.present(request.itemId(), "itemId", "the item to split");
    ClaimSummary c = claim(id);
    if (claims.appearances(id).stream().noneMatch(i -> i.id() == itemId)) {
      throw new ApiNotFoundException("Claim #" + id + " has no item #" + itemId + ".");
    }
    return claims.split(
        itemId,
        versionOr(request.expectedVersion(), c),
        Require.text(request.firstStatement()),
        Require.text(request.secondStatement()));
  }

  private ClaimSummary claim(long id) {
    return claims
        .find(id)
        .orElseThrow(() -> new ApiNotFoundException("There is no claim #" + id + "."));
  }

  /** The version the client read, or, when it names none, the claim as it is now. */
  private static long versionOr(@Nullable Long expectedVersion, ClaimSummary claim) {
    return expectedVersion == null ? claim.version() : expectedVersion;
  }

  private static Sort sortOf(@Nullable List<String> sort) {
    if (sort == null || sort.isEmpty()) {
      return Sort.by(Sort.Order.desc("checkworthiness"), Sort.Order.desc("id"));
    }
    List<Sort.Order> orders = new ArrayList<>();
    // Spring splits "a,desc" into two values; put them back together.
    List<String> parts = new ArrayList<>();
    for (String s : sort) {
      for (String p : s.split(",")) {
        if (!p.isBlank()) {
          parts.add(p.strip());
        }
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      String field = parts.get(i);
      if (!SORTABLE.contains(field)) {
        throw new UserFacingException(
            "The parameter 'sort' cannot sort by '"
                + field
                + "'. Sort by one of "
                + String.join(", ", new java.util.TreeSet<>(SORTABLE))
                + ", e.g. sort=createdAt,desc.");
      }
      Sort.Direction direction = Sort.Direction.ASC;
      if (i + 1 < parts.size()) {
        String next = parts.get(i + 1).toLowerCase(Locale.ROOT);
        if (next.equals("asc") || next.equals("desc")) {
          direction = Sort.Direction.fromString(next);
          i++;
        }
      }
      orders.add(new Sort.Order(direction, SORT_PROPERTY.getOrDefault(field, field)));
    }
    if (orders.stream().noneMatch(o -> o.getProperty().equals("id"))) {
      orders.add(Sort.Order.desc("id"));
    }
    return Sort.by(orders);
  }
}
