package org.claimdesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A source attached to a claim, with how it bears on the claim and the passage that matters. */
@Entity
@Table(name = "evidence")
@Audited
public class Evidence extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
  @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id", nullable = false)
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(name = "stance", nullable = false, length = 16)
  private Stance stance;

  @Column(name = "excerpt", length = 4000)
  private @Nullable String excerpt;

  @Column(name = "note", length = 4000)
  private @Nullable String note;

  @Column(name = "added_by", nullable = false, length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt = Instant.now();

  protected Evidence() {
    this.source = new Source();
    this.stance = Stance.CONTEXT;
    this.addedBy = "";
  }

  Evidence(long claimId, Source source, Stance stance, String addedBy) {
    this.claimId = claimId;
    this.source = source;
    this.stance = stance;
    this.addedBy = addedBy;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public long getClaimId() {
    return claimId;
  }

  public Source getSource() {
    return source;
  }

  public Stance getStance() {
    return stance;
  }

  public @Nullable String getExcerpt() {
    return excerpt;
  }

  public @Nullable String getNote() {
    return note;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  void moveTo(long otherClaimId) {
    this.claimId = otherClaimId;
  }

  void setDetails(Stance stance, @Nullable String excerpt, @Nullable String note) {
    this.stance = stance;
    this.excerpt = excerpt;
    this.note = note;
  }
}
