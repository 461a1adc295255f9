package org.claimdesk.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * An article, transcript or wire copy as it was received, with what ingest learnt of it. The text
 * itself is a {@link DocumentText} of its own, so that the rows that refer to a document (every
 * claim and item) never make the database read the text to check the reference.
 */
@Entity
@Table(name = "document")
@Audited
public class Document extends AbstractEntity {

  /** The longest text stored as one document (characters). */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  /**
   * Why a text over {@link #MAX_TEXT_LENGTH} is refused: one wording for a paste, an upload and an
   * API call, so that an editor learns the limit wherever the text came from.
   */
  public static String tooLong(int length) {
    return String.format(
        "The text is %,d characters long; at most %,d characters are accepted, and nothing was"
            + " saved. Split it into several documents.",
        length, MAX_TEXT_LENGTH);
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
  @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "title", nullable = false, length = 500)
  private String title;

  @Column(name = "outlet", length = 200)
  private @Nullable String outlet;

  @Column(name = "url", length = 2000)
  private @Nullable String url;

  @Column(name = "published_date")
  private @Nullable LocalDate publishedDate;

  @Column(name = "language", length = 16)
  private @Nullable String language;

  @Column(name = "content_hash", nullable = false, unique = true, length = 64)
  private String contentHash;

  @Column(name = "ingested_by", nullable = false, length = 64)
  private String ingestedBy;

  @Column(name = "ingested_at", nullable = false)
  private Instant ingestedAt;

  @Column(name = "wire_credits", length = 1000)
  private @Nullable String wireCredits;

  @Column(name = "withdrawn_at")
  private @Nullable Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 64)
  private @Nullable String withdrawnBy;

  @Column(name = "withdrawn_reason", length = 1000)
  private @Nullable String withdrawnReason;

  protected Document() {
    this.title = "";
    this.contentHash = "";
    this.ingestedBy = "";
    this.ingestedAt = Instant.EPOCH;
  }

  Document(String title, String contentHash, String ingestedBy) {
    this.title = title;
    this.contentHash = contentHash;
    this.ingestedBy = ingestedBy;
    this.ingestedAt = Instant.now();
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  void setTitle(String title) {
    this.title = title;
  }

  public @Nullable String getOutlet() {
    return outlet;
  }

  void setOutlet(@Nullable String outlet) {
    this.outlet = outlet;
  }

  public @Nullable String getUrl() {
    return url;
  }

  void setUrl(@Nullable String url) {
    this.url = url;
  }

  public @Nullable LocalDate getPublishedDate() {
    return publishedDate;
  }

  void setPublishedDate(@Nullable LocalDate publishedDate) {
    this.publishedDate = publishedDate;
  }

  public @Nullable String getLanguage() {
    return language;
  }

  void setLanguage(@Nullable String language) {
    this.language = language;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getIngestedBy() {
    return ingestedBy;
  }

  public Instant getIngestedAt() {
    return ingestedAt;
  }

  public @Nullable String getWireCredits() {
    return wireCredits;
  }

  void setWireCredits(@Nullable String wireCredits) {
    this.wireCredits = wireCredits;
  }

  public @Nullable Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public @Nullable String getWithdrawnBy() {
    return withdrawnBy;
  }

  public @Nullable String getWithdrawnReason() {
    return withdrawnReason;
  }

  /**
   * Marks the document withdrawn; its text is freed for a new, correct ingest (the hash it had
   * stays in the audit trail).
   */
  void withdraw(String by, String reason) {
    this.withdrawnAt = Instant.now();
    this.withdrawnBy = by;
    this.withdrawnReason = reason;
    this.contentHash = "withdrawn:" + id;
  }
}
