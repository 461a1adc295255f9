package org.claimdesk.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.springframework.data.domain.Persistable;

/**
 * A document's text exactly as received, in a table of its own: it never changes after ingest, so
 * it is not audited and carries no version, and foreign-key checks on {@code document} (one per
 * claim and item) read only the document's small row. On H2 a check read the whole row, text
 * included: a 900,000-character document took over a minute to save.
 */
@Entity
@Table(name = "document_text")
@Indexed(index = "document")
@TypeBinding(binder = @TypeBinderRef(type = DocumentSearchFields.class))
class DocumentText implements Persistable<Long> {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "original_text", nullable = false, length = Document.MAX_TEXT_LENGTH)
  @FullTextField(
      name = "text",
      analyzer = "english",
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String originalText;

  /**
   * The boilerplate extraction removed (JSON spans with their text): beside the text rather than in
   * the document's row, which every claim's and item's foreign-key check reads.
   */
  @Column(name = "boilerplate", length = Document.MAX_TEXT_LENGTH)
  private @org.jspecify.annotations.Nullable String boilerplate;

  @Transient private boolean stored;

  protected DocumentText() {
    this.documentId = 0L;
    this.originalText = "";
  }

  DocumentText(
      long documentId, String originalText, @org.jspecify.annotations.Nullable String boilerplate) {
    this.documentId = documentId;
    this.originalText = originalText;
    this.boilerplate = boilerplate;
  }

  @Override
  public Long getId() {
    return documentId;
  }

  /** New until stored: saving it inserts at once, without first looking for the row. */
  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostPersist
  @PostLoad
  void markStored() {
    stored = true;
  }

  String originalText() {
    return originalText;
  }

  @org.jspecify.annotations.Nullable
  String boilerplate() {
    return boilerplate;
  }
}
