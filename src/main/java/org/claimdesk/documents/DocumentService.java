package org.claimdesk.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.Extraction;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.nlp.WireCredit;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;
import org.claimdesk.users.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Ingests documents (pasted, uploaded or imported) and reads them back. */
@Service
@Transactional
public class DocumentService {

  private final DocumentRepository documents;
  private final ClaimExtractor extractor;
  private final ApplicationEventPublisher events;
  private final JsonMapper json = JsonMapper.builder().build();

  DocumentService(
      DocumentRepository documents, ClaimExtractor extractor, ApplicationEventPublisher events) {
    this.documents = documents;
    this.extractor = extractor;
    this.events = events;
  }

  /**
   * Stores a new document and the claim items extraction finds in it, in one transaction; the same
   * text twice is refused with a pointer to the first copy.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public IngestResult ingest(DocumentDraft draft) {
    String text = draft.text() == null ? "" : draft.text();
    if (text.isBlank()) {
      throw new UserFacingException("The text is empty. Paste the article or transcript.");
    }
    if (text.length() > Document.MAX_TEXT_LENGTH) {
      throw new UserFacingException(
          String.format(
              "The text is too long: %,d characters, at most %,d. Split it into several documents.",
              text.length(), Document.MAX_TEXT_LENGTH));
    }
    if (text.indexOf('\0') >= 0) {
      throw new UserFacingException(
          "The text contains binary data (NUL characters). Paste plain text or HTML.");
    }
    String title = TextInput.required(draft.title(), "title", 500);
    String hash = sha256(text);
    Optional<Document> existing = documents.findByContentHash(hash);
    if (existing.isPresent()) {
      Document first = existing.get();
      throw new DuplicateDocumentException(
          "This text is already in ClaimDesk as '"
              + first.getTitle()
              + "', ingested by "
              + first.getIngestedBy()
              + " on "
              + DateTimeFormatter.ISO_LOCAL_DATE.format(
                  first.getIngestedAt().atZone(java.time.ZoneOffset.UTC))
              + ".",
          first.getId());
    }
    Document document = new Document(title, text, hash, CurrentUser.require());
    String outlet = TextInput.optional(draft.outlet(), "outlet", 200);
    document.setOutlet(outlet);
    document.setUrl(WebAddress.checkOptional(draft.url()));
    Extraction extraction =
        extractor.extract(text, new ExtractionRequest(title, draft.publishedDate(), outlet));
    document.setPublishedDate(
        draft.publishedDate() != null ? draft.publishedDate() : extraction.publishedDate());
    document.setLanguage(extraction.language());
    document.setWireCredits(
        extraction.wireCredits().isEmpty()
            ? null
            : extraction.wireCredits().stream()
                .map(WireCredit::agency)
                .distinct()
                .collect(Collectors.joining(", ")));
    document.setBoilerplate(json.writeValueAsString(extraction.boilerplate()));
    Document saved = documents.save(document);
    events.publishEvent(new DocumentIngested(saved.getId(), outlet, extraction));
    String notice =
        !extraction.supported()
            ? extraction.message()
            : extraction.items().isEmpty()
                ? "No checkable statements were found in this text."
                : null;
    return new IngestResult(DocumentSummary.of(saved), extraction.items().size(), notice);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<DocumentSummary> recent(int limit) {
    return documents
        .findAllByOrderByIngestedAtDescIdDesc(PageRequest.of(0, Math.max(1, limit)))
        .map(DocumentSummary::of)
        .toList();
  }

  /** One page of documents, newest first; a slice, so that no count of every row is needed. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Slice<DocumentSummary> page(int page, int size) {
    return documents
        .findAllByOrderByIngestedAtDescIdDesc(PageRequest.of(page, size))
        .map(DocumentSummary::of);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<DocumentSummary> find(long id) {
    return documents.findById(id).map(DocumentSummary::of);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<String> originalText(long id) {
    return documents.findById(id).map(Document::getOriginalText);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
