package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.claimdesk.audit.AuditService;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit/export}: the audit log as JSON Lines (docs/audit-format.md), streamed
 * straight from the database to the client with flat memory. Auditors and admins only (checked by
 * {@link AuditService#export}).
 */
@RestController
@Tag(name = "Audit", description = "The verifiable audit log, for auditors")
class AuditExportController {

  static final String NDJSON = "application/x-ndjson";

  private final AuditService audit;

  AuditExportController(AuditService audit) {
    this.audit = audit;
  }

  /**
   * @param from first day (YYYY-MM-DD) of a range export, or none for the start
   * @param to last day of a range export, or none for the end
   * @param since the tree size of a checkpoint the client holds: adds the consistency proof
   */
  @Operation(
      summary = "Export the audit log as JSON Lines, streamed (auditors and admins)",
      description =
          "First line a header (format, origin, public key, range), then one entry per line in seq"
              + " order, last line the signed checkpoint; with since=SIZE also the consistency"
              + " proof from the auditor's earlier checkpoint of that size. The format is in"
              + " docs/audit-format.md; verify offline with `verify-audit FILE --key KEY`.")
  @GetMapping(
      value = "/api/v1/audit/export",
      produces = {NDJSON, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  void export(
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String since,
      HttpServletResponse response)
      throws IOException {
    AuditService.ExportRange range =
        new AuditService.ExportRange(date(from, "from"), date(to, "to"), size(since));
    if (range.from() != null && range.to() != null && range.to().isBefore(range.from())) {
      throw new BadParameter("'to' (" + to + ") is before 'from' (" + from + ").");
    }
    String name =
        "claimdesk-audit"
            + (from == null && to == null
                ? ""
                : "-" + (from == null ? "start" : from) + "-" + (to == null ? "end" : to))
            + ".jsonl";
    response.setContentType(NDJSON);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    audit.export(response.getOutputStream(), range, n -> {});
    response.flushBuffer();
  }

  private static @Nullable LocalDate date(@Nullable String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameter("'" + name + "' must be a date like 2025-11-23, not '" + text + "'.");
    }
  }

  private static @Nullable Long size(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long v = Long.parseLong(text.strip());
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadParameter(
          "'since' must be the tree size of a checkpoint you hold (a whole number), not '"
              + text
              + "'.");
    }
  }

  /** A query parameter the client must correct. */
  static final class BadParameter extends RuntimeException {
    BadParameter(String message) {
      super(message);
    }
  }

  @ExceptionHandler({BadParameter.class, UserFacingException.class})
  ResponseEntity<ProblemDetail> badRequest(RuntimeException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad export request", e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
    return problem(
        HttpStatus.FORBIDDEN, "Not allowed", "Only auditors and admins may export the audit log.");
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("about:blank"));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}
