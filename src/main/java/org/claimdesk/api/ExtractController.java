package org.claimdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.ExtractionJson;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Extraction without storing anything: the same JSON as the {@code extract} command prints. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Extraction", description = "Find the claims in a text without storing it")
class ExtractController {

  private final ClaimExtractor extractor;

  ExtractController(ClaimExtractor extractor) {
    this.extractor = extractor;
  }

  /** The text to analyse. */
  public record ExtractRequest(
      @Schema(
              example = "The minister said unemployment fell to 4.1% in October.",
              requiredMode = Schema.RequiredMode.REQUIRED)
          String text,
      @Schema(allowableValues = {"text", "html"}) @Nullable String format,
      @Schema(example = "2025-11-23", description = "Resolves 'on Sunday' and the like")
          @Nullable LocalDate publishedDate) {}

  @PostMapping(path = "/extract")
  @Operation(
      summary = "Extract claim items from a text; nothing is stored",
      description =
          "Answers {document: {language, publishedDate, boilerplate, captions, headings,"
              + " wireCredits}, items: [{id, text, sentence, start, end, speaker, cue,"
              + " attribution, score, checkworthy, reasons, followUp, times}]}, exactly as"
              + " 'java -jar claimdesk.jar extract' prints it.")
  Map<String, Object> extract(@RequestBody ExtractRequest request) {
    String format = request.format() == null ? "text" : request.format().strip();
    if (!format.equals("text") && !format.equals("html")) {
      throw new UserFacingException("The field 'format' must be text or html.");
    }
    if (request.text() == null || request.text().isBlank()) {
      throw new UserFacingException("The field 'text' is empty: give the text to analyse.");
    }
    return ExtractionJson.of(
        extractor.extract(request.text(), ExtractionRequest.publishedOn(request.publishedDate())));
  }
}
