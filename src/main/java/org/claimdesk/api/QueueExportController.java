package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.publishing.ExportFormat;
import org.claimdesk.publishing.QueueExport;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
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
      @ParameterObject QueueFilterParameters filters,
      HttpServletResponse response) {
    ExportFormat chosen = ExportFormat.parse(format);
    ClaimFilter filter = filters.filter();
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
