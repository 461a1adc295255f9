package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.assignments.AssignmentOutcome;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.ReviewerWorkload;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assigning many claims at once, to one reviewer or automatically, and the desk's workload. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Assignments", description = "Assign a reviewer to a claim")
class WorkloadController {

  /** The most claims one request assigns. */
  static final int MAX_CLAIMS = 10_000;

  private final AssignmentService assignments;

  WorkloadController(AssignmentService assignments) {
    this.assignments = assignments;
  }

  /** Claims to assign: to {@code reviewer}, or with {@code auto: true} automatically. */
  public record BatchRequest(
      @Schema(example = "[12, 13]", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable List<Long> claimIds,
      @Schema(example = "rita", description = "The reviewer; leave out with auto: true.")
          @Nullable String reviewer,
      @Schema(
              example = "true",
              description =
                  "Pick, per claim, the eligible reviewer with the lowest load relative to"
                      + " capacity.")
          @Nullable Boolean auto,
      @Schema(example = "2026-12-03", description = "Due date with a reviewer; auto uses 2 days.")
          @Nullable LocalDate dueDate) {}

  /** Per claim, the reviewer chosen or why none was. */
  public record BatchResult(int assigned, int unassigned, List<AssignmentOutcome> results) {}

  @PostMapping("/assignments")
  @Operation(
      summary = "Assign claims to a reviewer or automatically (editors)",
      description =
          "Answers per claim the reviewer chosen, or in 'reason' why none was; claims that cannot"
              + " be assigned keep their state.")
  BatchResult assign(@RequestBody BatchRequest request) {
    List<Long> ids = Require.present(request.claimIds(), "claimIds", "the ids of the claims");
    if (ids.isEmpty() || ids.size() > MAX_CLAIMS) {
      throw new UserFacingException("Give from 1 to " + MAX_CLAIMS + " claim ids in 'claimIds'.");
    }
    if (ids.contains(null)) {
      throw new UserFacingException("'claimIds' holds an empty id: give numbers only.");
    }
    boolean auto = Boolean.TRUE.equals(request.auto());
    boolean toReviewer = request.reviewer() != null && !request.reviewer().isBlank();
    if (auto == toReviewer) {
      throw new UserFacingException(
          "Give either 'reviewer' (a username) or 'auto': true, not both and not neither.");
    }
    if (auto && request.dueDate() != null) {
      throw new UserFacingException(
          "Automatic assignment sets the due date itself: leave out 'dueDate' with 'auto'.");
    }
    List<AssignmentOutcome> results =
        auto
            ? assignments.assignAutomatically(ids)
            : assignments.assignAll(ids, request.reviewer(), request.dueDate());
    int assigned = (int) results.stream().filter(AssignmentOutcome::assigned).count();
    return new BatchResult(assigned, results.size() - assigned, results);
  }

  /** The desk's assignment settings. */
  public record AssignmentSettingsJson(
      @Schema(
              example = "true",
              description = "Whether a sweep assigns waiting accepted claims every few minutes.")
          @Nullable Boolean autoAssignAccepted) {}

  @GetMapping("/assignments/settings")
  @Operation(summary = "Whether the desk auto-assigns new accepted claims")
  AssignmentSettingsJson settings() {
    return new AssignmentSettingsJson(assignments.autoAssignsAccepted());
  }

  @PutMapping("/assignments/settings")
  @Operation(summary = "Switch auto-assigning new accepted claims on or off (admins)")
  AssignmentSettingsJson changeSettings(@RequestBody AssignmentSettingsJson request) {
    boolean on =
        Require.present(request.autoAssignAccepted(), "autoAssignAccepted", "true or false");
    return new AssignmentSettingsJson(assignments.setAutoAssignAccepted(on));
  }

  /** A speaker or outlet a reviewer has a conflict of interest with. */
  public record ConflictJson(
      @Schema(example = "Jane Doe", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String party) {}

  @GetMapping("/reviewers/{username}/conflicts")
  @Operation(summary = "The speakers and outlets a reviewer has a conflict of interest with")
  List<String> conflicts(@PathVariable String username) {
    return assignments.conflictsOf(username);
  }

  @PostMapping("/reviewers/{username}/conflicts")
  @Operation(
      summary = "Record a reviewer's conflict of interest with a speaker or outlet (editors)",
      description = "Automatic assignment then never gives the reviewer that party's claims.")
  List<String> declareConflict(@PathVariable String username, @RequestBody ConflictJson request) {
    assignments.declareConflict(username, Require.text(request.party()));
    return assignments.conflictsOf(username);
  }

  @DeleteMapping("/reviewers/{username}/conflicts")
  @Operation(summary = "Withdraw a reviewer's conflict of interest (editors)")
  List<String> withdrawConflict(@PathVariable String username, @RequestParam String party) {
    assignments.withdrawConflict(username, party);
    return assignments.conflictsOf(username);
  }

  @GetMapping("/workload")
  @Operation(
      summary = "Each person's workload (editors)",
      description =
          "Open assignments, due today, overdue, finished this week, average hours from"
              + " assignment to a published verdict (last 90 days), next due date and capacity.")
  List<ReviewerWorkload> workload() {
    return assignments.workload();
  }
}
