package org.claimdesk.verdicts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.claimdesk.shared.RuleRefusedException;
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

  @Convert(converter = RatingConverter.class)
  @Column(name = "rating", nullable = false, length = Rating.CODE_MAX_LENGTH)
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

  // Equal to claim_id while the verdict is in force (published) and null otherwise: a unique
  // column, so that the database itself refuses a second verdict in force, on H2 and PostgreSQL.
  @Column(name = "published_claim_id", unique = true)
  private @Nullable Long publishedClaimId;

  // Likewise while the verdict is on its way (proposed or approved): one at a time per claim.
  @Column(name = "pending_claim_id", unique = true)
  private @Nullable Long pendingClaimId;

  /** The editor who proposed retracting this published verdict, until a second editor decides. */
  @Column(name = "retraction_by", length = 64)
  private @Nullable String retractionBy;

  @Column(name = "retraction_reason", length = 2000)
  private @Nullable String retractionReason;

  /** The address of the published fact-check, for ClaimReview's {@code url}. */
  @Column(name = "review_url", length = 2000)
  private @Nullable String reviewUrl;

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

  public @Nullable String getRetractionBy() {
    return retractionBy;
  }

  public @Nullable String getRetractionReason() {
    return retractionReason;
  }

  public @Nullable String getReviewUrl() {
    return reviewUrl;
  }

  void setReviewUrl(@Nullable String reviewUrl) {
    this.reviewUrl = reviewUrl;
  }

  /** Whether a retraction of this verdict waits for a second editor. */
  public boolean isRetractionProposed() {
    return retractionBy != null;
  }

  /** This draft would replace the published verdict {@code previousVerdictId} once published. */
  void supersede(long previousVerdictId, @Nullable String correctionNote) {
    require(VerdictState.DRAFT, "made a correction");
    this.supersedesId = previousVerdictId;
    this.stateNote = correctionNote;
  }

  void propose() {
    require(VerdictState.DRAFT, "proposed");
    state = VerdictState.PROPOSED;
    pendingClaimId = claimId;
  }

  /** A second editor approves; the author never approves their own verdict. */
  void approve(String approver) {
    require(VerdictState.PROPOSED, "approved");
    refuseAuthor(approver, "approve");
    this.approver = approver;
    this.state = VerdictState.APPROVED;
  }

  void returnToAuthor(String comment) {
    if (state != VerdictState.PROPOSED && state != VerdictState.APPROVED) {
      require(VerdictState.PROPOSED, "returned");
    }
    this.state = VerdictState.DRAFT;
    this.approver = null;
    this.stateNote = comment;
    this.pendingClaimId = null;
  }

  /**
   * Puts the approved verdict in force; never by its author. The verdict it replaces, if any, must
   * have been taken out of force first ({@link #supersede()}).
   */
  void publish(String publisher) {
    require(VerdictState.APPROVED, "published");
    refuseAuthor(publisher, "publish");
    this.state = VerdictState.PUBLISHED;
    this.publishedAt = Instant.now();
    this.pendingClaimId = null;
    this.publishedClaimId = claimId;
  }

  /** Takes the published verdict out of force because a newer one is being published. */
  void supersede() {
    require(VerdictState.PUBLISHED, "corrected");
    this.state = VerdictState.SUPERSEDED;
    this.publishedClaimId = null;
    this.retractionBy = null;
    this.retractionReason = null;
  }

  /** An editor asks to retract the published verdict; it stays in force until a second agrees. */
  void proposeRetraction(String editor, String reason) {
    require(VerdictState.PUBLISHED, "retracted");
    if (retractionBy != null) {
      throw new UserFacingException(
          "A retraction of this verdict is already waiting for a second editor. Reload the claim.");
    }
    this.retractionBy = editor;
    this.retractionReason = reason;
  }

  /** A second editor agrees to the retraction: the verdict is no longer in force. */
  void approveRetraction(String editor) {
    require(VerdictState.PUBLISHED, "retracted");
    if (retractionBy == null) {
      throw new UserFacingException(
          "Nobody has proposed retracting this verdict. Reload the claim to see its state.");
    }
    if (retractionBy.equalsIgnoreCase(editor)) {
      throw new RuleRefusedException(
          "You proposed this retraction, so another editor has to approve it.");
    }
    this.state = VerdictState.RETRACTED;
    this.stateNote = retractionReason;
    this.publishedClaimId = null;
  }

  /** A second editor turns the retraction down: the verdict stays in force. */
  void rejectRetraction() {
    require(VerdictState.PUBLISHED, "kept");
    if (retractionBy == null) {
      throw new UserFacingException(
          "Nobody has proposed retracting this verdict. Reload the claim to see its state.");
    }
    this.retractionBy = null;
    this.retractionReason = null;
  }

  private void refuseAuthor(String editor, String action) {
    if (editor.equalsIgnoreCase(author)) {
      throw new RuleRefusedException(
          "You wrote this verdict, so another editor has to " + action + " it.");
    }
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
