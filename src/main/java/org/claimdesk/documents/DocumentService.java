package org.claimdesk.documents;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.stream.Collectors;
import org.claimdesk.nlp.DocumentFingerprint;
import org.claimdesk.nlp.Extraction;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.nlp.WireCredit;
import org.claimdesk.shared.ChangeReason;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;
import org.claimdesk.users.Roles;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingests documents (pasted, uploaded or imported) and reads them back. Ingest reads the text for
 * claims first, outside any transaction and within a time limit, then stores the document, its
 * text, its items and claims in one short transaction.
 */
@Service
@Transactional
public class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

  private final DocumentRepository documents;
  private final DocumentTextRepository texts;
  private final ExtractionRunner extraction;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final TransactionTemplate store;
  private final TransactionTemplate read;
  private final JsonMapper json = JsonMapper.builder().build();

  DocumentService(
      DocumentRepository documents,
      DocumentTextRepository texts,
      ExtractionRunner extraction,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      PlatformTransactionManager transactions) {
    this.documents = documents;
    this.texts = texts;
    this.extraction = extraction;
    this.events = events;
    this.entityManager = entityManager;
    this.store = new TransactionTemplate(transactions);
    this.read = new TransactionTemplate(transactions);
    this.read.setReadOnly(true);
  }

  /**
   * Stores a new document and the claim items extraction finds in it, in one transaction; the same
   * text twice is refused with a pointer to the first copy, also when two editors save it at the
   * same moment.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public IngestResult ingest(DocumentDraft draft) {
    return ingest(draft, null);
  }

  /**
   * As {@link #ingest(DocumentDraft)}, with the storing transaction run while holding {@code
   * storing}: the workers of a bulk import read their texts at the same time and store them one at
   * a time, so that two documents that link to the same claim never wait for each other's row locks
   * or deadlock.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public IngestResult ingest(DocumentDraft draft, @Nullable Lock storing) {
    return ingest(draft, storing, false);
  }

  /**
   * As {@link #ingest(DocumentDraft, Lock)}; with {@code deferMatching} (a bulk import) the items
   * are not looked up among the desk's claims in the storing transaction: each becomes a new claim,
   * queued for the matching pass that links or suggests it afterwards in the background.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public IngestResult ingest(DocumentDraft draft, @Nullable Lock storing, boolean deferMatching) {
    String text = draft.text() == null ? "" : draft.text();
    if (text.isBlank()) {
      throw new UserFacingException("The text is empty. Paste the article or transcript.");
    }
    if (text.length() > Document.MAX_TEXT_LENGTH) {
      throw new UserFacingException(Document.tooLong(text.length()));
    }
    if (text.indexOf('\0') >= 0) {
      throw new UserFacingException(
          "The text contains binary data (NUL characters). Paste plain text or HTML.");
    }
    String title = TextInput.required(draft.title(), "title", 500);
    String outlet = TextInput.optional(draft.outlet(), "outlet", 200);
    String url = WebAddress.checkOptional(draft.url());
    String ingestedBy = CurrentUser.require();

    long started = System.nanoTime();
    Extraction found =
        extraction.extract(text, new ExtractionRequest(title, draft.publishedDate(), outlet));
    long extracted = System.nanoTime();
    // Copies differing only in whitespace, punctuation or boilerplate are the same document.
    String hash = sha256(DocumentFingerprint.of(text, found.boilerplate()));
    refuseIfStored(hash);
    // Documents stored before fingerprints were hashed as received.
    refuseIfStored(sha256(text));

    Document document = new Document(title, hash, ingestedBy);
    document.setOutlet(outlet);
    document.setUrl(url);
    document.setPublishedDate(
        draft.publishedDate() != null ? draft.publishedDate() : found.publishedDate());
    document.setLanguage(found.language());
    document.setWireCredits(
        found.wireCredits().isEmpty()
            ? null
            : found.wireCredits().stream()
                .map(WireCredit::agency)
                .distinct()
                .collect(Collectors.joining(", ")));
    String spans = json.writeValueAsString(found.boilerplate());
    // Only a text made almost wholly of boilerplate is over; the spans are a record of what
    // extraction left out, which nothing reads back, so such a document is saved without them.
    @org.jspecify.annotations.Nullable
    String boilerplate = spans.length() <= Document.MAX_TEXT_LENGTH ? spans : null;
    if (boilerplate == null) {
      log.info("The boilerplate of '{}' is too long to keep; saved without it.", title);
    }
    DocumentSummary saved;
    if (storing != null) {
      storing.lock();
    }
    try {
      saved =
          store.execute(
              status -> {
                if (deferMatching) {
                  // A bulk import does not wait for the search index at each commit (the Lucene
                  // backend would commit the index every time): the index is committed about once
                  // a second; the import completes the index of what a kill lost on its re-run.
                  Search.session(entityManager)
                      .indexingPlanSynchronizationStrategy(
                          IndexingPlanSynchronizationStrategy.async());
                }
                // Flushed at once, so that a copy stored meanwhile is found before the items.
                Document stored = documents.saveAndFlush(document);
                texts.save(new DocumentText(stored.getId(), text, boilerplate));
                events.publishEvent(
                    new DocumentIngested(stored.getId(), outlet, found, deferMatching));
                return DocumentSummary.of(stored);
              });
    } catch (DataIntegrityViolationException
        | org.springframework.dao.PessimisticLockingFailureException raced) {
      // Another editor stored the same text between our check and our save (on H2 the second
      // insert of the same hash can also time out waiting for the first one's transaction).
      refuseIfStored(hash);
      if (raced instanceof org.springframework.dao.PessimisticLockingFailureException) {
        // A copy being stored at this moment is pointed to; any other lock conflict goes back to
        // the caller, which may store the document again.
        awaitTheOtherCopy(hash);
      }
      throw raced;
    } finally {
      if (storing != null) {
        storing.unlock();
      }
    }
    log.info(
        "Ingested document {} ({} characters, {} items): extraction {} ms, storing {} ms",
        saved.id(),
        text.length(),
        found.items().size(),
        (extracted - started) / 1_000_000,
        (System.nanoTime() - extracted) / 1_000_000);
    String notice =
        !found.supported()
            ? found.message()
            : found.items().isEmpty() ? "No checkable statements were found in this text." : null;
    return new IngestResult(saved, found.items().size(), notice);
  }

  /** Waits up to 10 seconds for a copy being stored at the same moment, to point to it. */
  private void awaitTheOtherCopy(String hash) {
    for (int i = 0; i < 40; i++) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      refuseIfStored(hash);
    }
  }

  private void refuseIfStored(String hash) {
    Optional<DuplicateDocumentException> stored =
        read.execute(
            status ->
                documents
                    .findByContentHash(hash)
                    .map(
                        first ->
                            new DuplicateDocumentException(
                                "This text is already in ClaimDesk as '"
                                    + first.getTitle()
                                    + "' (document "
                                    + first.getId()
                                    + "), ingested by "
                                    + first.getIngestedBy()
                                    + " on "
                                    + DateTimeFormatter.ISO_LOCAL_DATE.format(
                                        first.getIngestedAt().atZone(ZoneOffset.UTC))
                                    + ". Open it from the list of documents.",
                                first.getId())));
    if (stored != null && stored.isPresent()) {
      throw stored.get();
    }
  }

  /**
   * Withdraws a document ingested by mistake (editors only): the document stays, marked withdrawn
   * with who, when and why, so that the audit trail keeps everything; its claims nobody has worked
   * on yet are dismissed with it, claims already triaged or checked stay and say where they came
   * from. The same text can then be ingested again.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public DocumentSummary withdraw(long documentId, String reason) {
    String why = TextInput.required(reason, "reason", 1000);
    Document document =
        documents
            .findById(documentId)
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "Document " + documentId + " does not exist; it may have been removed."));
    if (document.getWithdrawnAt() != null) {
      throw new UserFacingException(
          "This document was already withdrawn by " + document.getWithdrawnBy() + ".");
    }
    document.withdraw(CurrentUser.require(), why);
    ChangeReason.record("Document withdrawn: " + why);
    Document saved = documents.saveAndFlush(document);
    events.publishEvent(new DocumentWithdrawn(documentId, why));
    return DocumentSummary.of(saved);
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

  /** The documents with these ids, in no particular order; ids of no document are left out. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<DocumentSummary> findAll(Collection<Long> ids) {
    return documents.findAllById(ids).stream().map(DocumentSummary::of).toList();
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<String> originalText(long id) {
    return texts.findById(id).map(DocumentText::originalText);
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
