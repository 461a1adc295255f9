package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Set;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.publishing.ExportFormat;
import org.claimdesk.publishing.QueueExport;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The claim queue under the same filters as {@code GET /api/v1/claims}, as CSV or JSON Lines. */
@RestController
@RequestMapping(path = "/api/v1/claims")
@Tag(name = "Claims")
class QueueExportController {

  private final QueueExport export;

  QueueExportController(QueueExport export) {
    this.export = export;
  }

  @GetMapping(
      path = "/export",
      produces = {"text/csv", "application/x-ndjson"})
  @Operation(
      summary = "The filtered claim queue as CSV or JSON Lines (editors and auditors)",
      description =
          "Streamed, every matching claim, oldest first. CSV is UTF-8 with a header and RFC 4180"
              + " quoting; a text cell starting with =, +, -, @, tab or CR gets a leading"
              + " apostrophe so that spreadsheets do not run it.")
  void export(
      @Parameter(description = "csv (the default) or jsonl") @RequestParam(required = false)
          @Nullable String format,
      @Parameter(description = "One or more statuses, e.g. status=NEW,ACCEPTED")
          @RequestParam(required = false)
          @Nullable Set<ClaimStatus> status,
      @RequestParam(required = false) @Nullable String speaker,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String rating,
      @RequestParam(required = false) @Nullable String outlet,
      @RequestParam(required = false) @Nullable Long documentId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @Parameter(description = "Words in the statement") @RequestParam(required = false)
          @Nullable String q,
      HttpServletResponse response) {
    ExportFormat chosen = ExportFormat.parse(format);
    ClaimFilter filter =
        new ClaimFilter(
            status == null ? Set.of() : status,
            speaker,
            assignee,
            rating,
            outlet,
            documentId,
            from,
            to,
            q);
    String base =
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/claims/").toUriString();
    export.write(
        filter,
        chosen,
        base,
        () -> {
          response.setContentType(chosen.contentType());
          response.setHeader(
              "Content-Disposition", "attachment; filename=\"claims." + chosen.extension() + "\"");
          return response.getOutputStream();
        });
  }
}
