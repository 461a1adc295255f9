package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who reviews a claim, by when. */
@RestController
@RequestMapping(path = "/api/v1/claims/{id}/assignment", produces = "application/json")
@Tag(name = "Assignments", description = "Assign a reviewer to a claim")
class AssignmentController {

  private final AssignmentService assignments;
  private final ClaimService claims;

  AssignmentController(AssignmentService assignments, ClaimService claims) {
    this.assignments = assignments;
    this.claims = claims;
  }

  /** The reviewer and due date. */
  public record AssignmentRequest(
      @Schema(example = "rita", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String reviewer,
      @Schema(example = "2025-11-30") @Nullable LocalDate dueDate,
      @Schema(example = "3", description = "The claim's version you read")
          @Nullable Long expectedVersion) {}

  @PutMapping
  @Operation(
      summary = "Assign a reviewer (editors); replaces the claim's current assignment",
      description = "The claim must be accepted (or reopened) first.")
  AssignmentSummary assign(@PathVariable long id, @RequestBody AssignmentRequest request) {
    ClaimSummary claim = claim(id);
    long version = request.expectedVersion() == null ? claim.version() : request.expectedVersion();
    return assignments.assign(id, version, Require.text(request.reviewer()), request.dueDate());
  }

  @DeleteMapping
  @Operation(summary = "End the claim's assignment without a new reviewer (editors)")
  AssignmentSummary unassign(@PathVariable long id) {
    claim(id);
    return assignments.unassign(id);
  }

  /** Why the reviewer cannot take the claim. */
  public record HandBackRequest(
      @Schema(
              example = "I reviewed the speaker's campaign last year.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String reason) {}

  @PostMapping("/hand-back")
  @Operation(
      summary = "Hand your assignment back with a reason (the assigned reviewer)",
      description =
          "Ends the assignment; the claim waits for another reviewer, the editor who assigned it"
              + " is notified and the claim's history keeps the reason.")
  AssignmentSummary handBack(@PathVariable long id, @RequestBody HandBackRequest request) {
    claim(id);
    return assignments.handBack(id, Require.text(request.reason()));
  }

  private ClaimSummary claim(long id) {
    return claims
        .find(id)
        .orElseThrow(() -> new ApiNotFoundException("There is no claim #" + id + "."));
  }
}
