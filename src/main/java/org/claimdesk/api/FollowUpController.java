package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpStatus;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups: what to re-check on a claim, by when. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Follow-ups", description = "What to re-check on a claim, by when")
class FollowUpController {

  private final FollowUpService followUps;
  private final ClaimService claims;

  FollowUpController(FollowUpService followUps, ClaimService claims) {
    this.followUps = followUps;
    this.claims = claims;
  }

  /** A new follow-up. */
  public record FollowUpRequest(
      @Schema(
              example = "Check whether the talks started on Monday",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String watchFor,
      @Schema(example = "2025-12-01", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable LocalDate dueDate,
      @Schema(example = "rita") @Nullable String assignee) {}

  /** Closing a follow-up. */
  public record CloseRequest(
      @Schema(
              example = "The talks started as announced.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String outcome,
      @Schema(description = "DONE (default) or CANCELLED") @Nullable FollowUpStatus status) {}

  @GetMapping("/follow-ups")
  @Operation(
      summary = "Follow-ups in a status (default OPEN), soonest due first, a page at a time",
      description = "overdue=true gives the open ones past their due date; size is at most 500.")
  List<FollowUpSummary> list(
      @RequestParam(defaultValue = "OPEN") FollowUpStatus status,
      @RequestParam(required = false) @Nullable Boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    if (page < 0 || size < 1 || size > 500) {
      throw new UserFacingException(
          "The field 'size' must be between 1 and 500 and 'page' at least 0.");
    }
    PageRequest request = PageRequest.of(page, size);
    if (Boolean.TRUE.equals(overdue)) {
      return status == FollowUpStatus.OPEN ? followUps.overdue(request).getContent() : List.of();
    }
    List<FollowUpSummary> found = followUps.withStatus(status, request).getContent();
    return overdue == null ? found : found.stream().filter(f -> !f.overdue()).toList();
  }

  @PostMapping(path = "/claims/{id}/follow-ups")
  @Operation(summary = "Schedule a follow-up on a claim (its reviewer or an editor)")
  ResponseEntity<FollowUpSummary> schedule(
      @PathVariable long id, @RequestBody FollowUpRequest request) {
    claims.find(id).orElseThrow(() -> new ApiNotFoundException("There is no claim #" + id + "."));
    FollowUpSummary created =
        followUps.schedule(
            id,
            Require.text(request.watchFor()),
            Require.present(request.dueDate(), "dueDate", "a due date like 2025-12-01"),
            request.assignee());
    return ResponseEntity.created(URI.create("/api/v1/claims/" + id)).body(created);
  }

  @PostMapping(path = "/follow-ups/{id}/close")
  @Operation(summary = "Close a follow-up with its outcome")
  FollowUpSummary close(@PathVariable long id, @RequestBody CloseRequest request) {
    FollowUpStatus result = request.status() == null ? FollowUpStatus.DONE : request.status();
    return followUps.close(id, result, Require.text(request.outcome()));
  }
}
