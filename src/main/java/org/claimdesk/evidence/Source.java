package org.claimdesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A publication, wire service, official document, dataset or person that can back many claims. */
@Entity
@Table(name = "source")
@Audited
public class Source extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
  @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private SourceKind kind;

  @Column(name = "title", nullable = false, length = 500)
  private String title;

  @Column(name = "publisher", length = 300)
  private @Nullable String publisher;

  @Column(name = "url", length = 2000)
  private @Nullable String url;

  @Column(name = "published_date")
  private @Nullable LocalDate publishedDate;

  @Column(name = "archived_url", length = 2000)
  private @Nullable String archivedUrl;

  @Column(name = "notes", length = 4000)
  private @Nullable String notes;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  protected Source() {
    this.kind = SourceKind.OTHER;
    this.title = "";
    this.createdBy = "";
  }

  Source(SourceKind kind, String title, String createdBy) {
    this.kind = kind;
    this.title = title;
    this.createdBy = createdBy;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public SourceKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public @Nullable String getPublisher() {
    return publisher;
  }

  public @Nullable String getUrl() {
    return url;
  }

  public @Nullable LocalDate getPublishedDate() {
    return publishedDate;
  }

  public @Nullable String getArchivedUrl() {
    return archivedUrl;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  void describe(
      SourceKind kind,
      String title,
      @Nullable String publisher,
      @Nullable String url,
      @Nullable LocalDate publishedDate,
      @Nullable String archivedUrl,
      @Nullable String notes) {
    this.kind = kind;
    this.title = title;
    this.publisher = publisher;
    this.url = url;
    this.publishedDate = publishedDate;
    this.archivedUrl = archivedUrl;
    this.notes = notes;
  }
}
