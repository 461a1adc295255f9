package org.claimdesk.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;
import org.claimdesk.users.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ingests documents (pasted, uploaded or imported) and reads them back. */
@Service
@Transactional
public class DocumentService {

  private final DocumentRepository documents;

  DocumentService(DocumentRepository documents) {
    this.documents = documents;
  }

  /** Stores a new document; the same text twice is refused with a pointer to the first copy. */
  @PreAuthorize(Roles.IS_EDITOR)
  public DocumentSummary ingest(DocumentDraft draft) {
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
      throw new UserFacingException(
          "This text is already in ClaimDesk as '"
              + first.getTitle()
              + "', ingested by "
              + first.getIngestedBy()
              + " on "
              + DateTimeFormatter.ISO_LOCAL_DATE.format(
                  first.getIngestedAt().atZone(java.time.ZoneOffset.UTC))
              + ".");
    }
    Document document = new Document(title, text, hash, CurrentUser.require());
    document.setOutlet(TextInput.optional(draft.outlet(), "outlet", 200));
    document.setUrl(WebAddress.checkOptional(draft.url()));
    document.setPublishedDate(draft.publishedDate());
    return DocumentSummary.of(documents.save(document));
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<DocumentSummary> recent(int limit) {
    return documents
        .findAllByOrderByIngestedAtDescIdDesc(PageRequest.of(0, Math.max(1, limit)))
        .map(DocumentSummary::of)
        .toList();
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
