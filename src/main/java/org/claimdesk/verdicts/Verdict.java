package org.claimdesk.verdicts;

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
import org.claimdesk.shared.AbstractEntity;
import org.claimdesk.shared.UserFacingException;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A rating of a claim with its summary and rationale. An author proposes it, a second editor
 * approves it, and once published it is corrected only by a new verdict that supersedes it.
 */
@Entity
@Table(name = "verdict")
@Audited
public class Verdict extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verdict_seq")
  @SequenceGenerator(name = "verdict_seq", sequenceName = "verdict_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating", nullable = false, length = 40)
  private Rating rating;

  @Column(name = "summary", nullable = false, length = 1000)
  private String summary;

  @Column(name = "rationale", length = 20000)
  private @Nullable String rationale;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private VerdictState state = VerdictState.DRAFT;

  @Column(name = "author", nullable = false, length = 64)
  private String author;

  @Column(name = "approver", length = 64)
  private @Nullable String approver;

  @Column(name = "supersedes_id")
  private @Nullable Long supersedesId;

  @Column(name = "state_note", length = 2000)
  private @Nullable String stateNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "published_at")
  private @Nullable Instant publishedAt;

  protected Verdict() {
    this.rating = Rating.UNPROVEN;
    this.summary = "";
    this.author = "";
  }

  Verdict(long claimId, Rating rating, String summary, @Nullable String rationale, String author) {
    this.claimId = claimId;
    this.rating = rating;
    this.summary = summary;
    this.rationale = rationale;
    this.author = author;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public long getClaimId() {
    return claimId;
  }

  public Rating getRating() {
    return rating;
  }

  public String getSummary() {
    return summary;
  }

  public @Nullable String getRationale() {
    return rationale;
  }

  public VerdictState getState() {
    return state;
  }

  public String getAuthor() {
    return author;
  }

  public @Nullable String getApprover() {
    return approver;
  }

  public @Nullable Long getSupersedesId() {
    return supersedesId;
  }

  public @Nullable String getStateNote() {
    return stateNote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getPublishedAt() {
    return publishedAt;
  }

  void supersede(long previousVerdictId, String correctionNote) {
    this.supersedesId = previousVerdictId;
    this.stateNote = correctionNote;
  }

  void propose() {
    require(VerdictState.DRAFT, "proposed");
    state = VerdictState.PROPOSED;
  }

  /** A second editor approves; the author never approves their own verdict. */
  void approve(String approver) {
    require(VerdictState.PROPOSED, "approved");
    if (approver.equalsIgnoreCase(author)) {
      throw new UserFacingException("You wrote this verdict, so another editor has to approve it.");
    }
    this.approver = approver;
    this.state = VerdictState.APPROVED;
  }

  void returnToAuthor(String comment) {
    require(VerdictState.PROPOSED, "returned");
    this.state = VerdictState.DRAFT;
    this.stateNote = comment;
  }

  void publish() {
    require(VerdictState.APPROVED, "published");
    this.state = VerdictState.PUBLISHED;
    this.publishedAt = Instant.now();
  }

  void markSuperseded() {
    require(VerdictState.PUBLISHED, "corrected");
    this.state = VerdictState.SUPERSEDED;
  }

  void retract(String reason) {
    require(VerdictState.PUBLISHED, "retracted");
    this.state = VerdictState.RETRACTED;
    this.stateNote = reason;
  }

  private void require(VerdictState expected, String action) {
    if (state != expected) {
      throw new UserFacingException(
          "Only a "
              + expected.name().toLowerCase()
              + " verdict can be "
              + action
              + "; this one is "
              + state.name().toLowerCase()
              + ". Reload the claim to see its current state.");
    }
  }
}
