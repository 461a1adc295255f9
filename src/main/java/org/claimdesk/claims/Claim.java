package org.claimdesk.claims;

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
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.AbstractEntity;
import org.claimdesk.shared.UserFacingException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** The canonical statement the desk checks; its appearances in documents are ClaimItems. */
@Entity
@Table(name = "claim")
@Audited
@Indexed(index = "claim")
public class Claim extends AbstractEntity {

  public static final int MAX_STATEMENT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
  @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
  @Column(name = "id")
  @GenericField(name = "id", sortable = Sortable.YES)
  private @Nullable Long id;

  @Column(name = "statement", nullable = false, length = MAX_STATEMENT_LENGTH)
  @FullTextField(
      name = "statement",
      analyzer = "english",
      projectable = Projectable.YES,
      highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
  @KeywordField(name = "statement_sort", normalizer = "lowercase", sortable = Sortable.YES)
  private String statement;

  @Column(name = "claimant_name", length = 300)
  @FullTextField(
      name = "speaker",
      analyzer = "english",
      projectable = Projectable.YES,
      highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
  @KeywordField(name = "speaker_facet", aggregable = Aggregable.YES)
  @KeywordField(name = "speaker_sort", normalizer = "lowercase", sortable = Sortable.YES)
  private @Nullable String claimantName;

  @Enumerated(EnumType.STRING)
  @Column(name = "claimant_kind", length = 32)
  private @Nullable SpeakerKind claimantKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  @KeywordField(
      name = "status",
      aggregable = Aggregable.YES,
      sortable = Sortable.YES,
      projectable = Projectable.YES)
  private ClaimStatus status = ClaimStatus.NEW;

  @Column(name = "status_reason", length = 1000)
  private @Nullable String statusReason;

  @Column(name = "checkworthiness")
  @GenericField(name = "checkworthiness", sortable = Sortable.YES)
  private double checkworthiness;

  @Column(name = "assignee", length = 64)
  @KeywordField(name = "assignee", sortable = Sortable.YES)
  private @Nullable String assignee;

  @Column(name = "due_date")
  @GenericField(name = "dueDate", sortable = Sortable.YES)
  private @Nullable LocalDate dueDate;

  @Column(name = "current_rating", length = 40)
  @KeywordField(name = "rating", aggregable = Aggregable.YES, projectable = Projectable.YES)
  private @Nullable String currentRating;

  @Column(name = "outlet", length = 200)
  @KeywordField(name = "outlet", aggregable = Aggregable.YES, projectable = Projectable.YES)
  private @Nullable String outlet;

  @Column(name = "first_document_id")
  @GenericField(name = "firstDocumentId", projectable = Projectable.YES)
  private @Nullable Long firstDocumentId;

  @Column(name = "created_at", nullable = false)
  @GenericField(name = "createdAt", sortable = Sortable.YES, projectable = Projectable.YES)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  @GenericField(name = "updatedAt", sortable = Sortable.YES)
  private Instant updatedAt = Instant.now();

  // Derived from the appearances and the verdict in force (ClaimAppearances keeps them), so that
  // the queue sorts and filters by them in one indexed query; not audited, as nobody edits them.
  @NotAudited
  @Column(name = "appearance_count", nullable = false)
  @GenericField(name = "appearanceCount", sortable = Sortable.YES)
  private int appearanceCount;

  @NotAudited
  @Column(name = "last_seen_at")
  @GenericField(name = "lastSeenAt", sortable = Sortable.YES)
  private @Nullable Instant lastSeenAt;

  @NotAudited
  @Column(name = "last_seen_document_id")
  private @Nullable Long lastSeenDocumentId;

  @NotAudited
  @Column(name = "verdict_published_at")
  private @Nullable Instant verdictPublishedAt;

  @NotAudited
  @Column(name = "seen_again_at")
  @GenericField(name = "seenAgainAt", sortable = Sortable.YES)
  private @Nullable Instant seenAgainAt;

  protected Claim() {
    this.statement = "";
  }

  Claim(String statement, double checkworthiness, @Nullable Long firstDocumentId) {
    this.statement = statement;
    this.checkworthiness = checkworthiness;
    this.firstDocumentId = firstDocumentId;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public String getStatement() {
    return statement;
  }

  /**
   * Rewrites the statement and its speaker; refused once a verdict is proposed, since the verdict
   * covers the text as it was.
   */
  void rewrite(String statement, @Nullable String claimantName, @Nullable SpeakerKind kind) {
    requireStatementOpen();
    this.statement = statement;
    this.claimantName = claimantName;
    this.claimantKind = kind;
    touch();
  }

  /** Refuses a change of the statement once a verdict covers it. */
  void requireStatementOpen() {
    if (status.freezesStatement()) {
      throw new UserFacingException(
          "The statement is frozen: a verdict is "
              + (status == ClaimStatus.PUBLISHED ? "published" : "proposed")
              + " for it. "
              + (status == ClaimStatus.PUBLISHED
                  ? "Reopen the claim to change it."
                  : "Return the verdict first, then change the statement."));
    }
  }

  public @Nullable String getClaimantName() {
    return claimantName;
  }

  public @Nullable SpeakerKind getClaimantKind() {
    return claimantKind;
  }

  void setClaimant(@Nullable String name, @Nullable SpeakerKind kind) {
    this.claimantName = name;
    this.claimantKind = kind;
    touch();
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public @Nullable String getStatusReason() {
    return statusReason;
  }

  /**
   * Brings the claim to {@code target} through the workflow's intermediate steps, when a step
   * elsewhere implies it (a proposed verdict puts an accepted claim in review first).
   */
  void advanceTo(ClaimStatus target) {
    if (status == target) {
      return;
    }
    if ((status == ClaimStatus.NEW || status == ClaimStatus.DISMISSED)
        && target != ClaimStatus.ACCEPTED) {
      throw new UserFacingException(
          "This claim is " + status.label().toLowerCase() + ". Accept it first.");
    }
    var path =
        status
            .pathTo(target)
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "This claim is "
                            + status.label().toLowerCase()
                            + ", so it cannot become "
                            + target.label().toLowerCase()
                            + " now."
                            + (status == ClaimStatus.NEW ? " Accept it first." : "")));
    path.forEach(step -> moveTo(step, null));
  }

  /** Moves the claim on in the workflow, refusing a move the workflow does not allow. */
  void moveTo(ClaimStatus target, @Nullable String reason) {
    if (!status.canMoveTo(target)) {
      throw new UserFacingException(
          "A claim that is "
              + status.label().toLowerCase()
              + " cannot become "
              + target.label().toLowerCase()
              + ". Allowed next: "
              + describe(status)
              + ".");
    }
    if (target == ClaimStatus.DISMISSED && (reason == null || reason.isBlank())) {
      throw new UserFacingException("Give a reason for dismissing the claim.");
    }
    this.status = target;
    this.statusReason = reason == null || reason.isBlank() ? null : reason.strip();
    if (target.isClosed()) {
      // The work is over: the reviewer's assignment, and their rights on the claim, end with it.
      this.assignee = null;
      this.dueDate = null;
    }
    touch();
  }

  /**
   * Assigns a reviewer; an accepted, in-review or reopened claim becomes assigned, a claim whose
   * verdict is on its way keeps its status.
   */
  void assignTo(String reviewer, @Nullable LocalDate dueDate) {
    if (status == ClaimStatus.NEW) {
      throw new UserFacingException("This claim is new. Accept it first, then assign it.");
    }
    if (status.isClosed()) {
      throw new UserFacingException(
          "This claim is "
              + status.label().toLowerCase()
              + (status == ClaimStatus.PUBLISHED
                  ? ". Reopen it before assigning a reviewer."
                  : ". Restore it before assigning a reviewer."));
    }
    if (status != ClaimStatus.VERDICT_PROPOSED
        && status != ClaimStatus.APPROVED
        && status != ClaimStatus.ASSIGNED) {
      moveTo(ClaimStatus.ASSIGNED, null);
    }
    this.assignee = reviewer;
    this.dueDate = dueDate;
    touch();
  }

  /** Ends the reviewer's assignment; an assigned claim nobody has started on is accepted again. */
  void unassign() {
    if (status == ClaimStatus.ASSIGNED) {
      moveTo(ClaimStatus.ACCEPTED, null);
    } else if (status == ClaimStatus.IN_REVIEW) {
      // Work begun and then handed back or ended: the claim waits for the next reviewer, with the
      // evidence gathered so far, where waiting claims are (the assign controls, the sweep).
      this.status = ClaimStatus.ACCEPTED;
      this.statusReason = null;
    }
    this.assignee = null;
    this.dueDate = null;
    touch();
  }

  /** Whether {@code username} is the claim's assigned reviewer; nobody is, when it has none. */
  boolean isAssignedTo(String username) {
    return assignee != null && assignee.equalsIgnoreCase(username);
  }

  private static String describe(ClaimStatus from) {
    return String.join(", ", from.next().stream().map(s -> s.label().toLowerCase()).toList());
  }

  public double getCheckworthiness() {
    return checkworthiness;
  }

  public @Nullable String getAssignee() {
    return assignee;
  }

  public @Nullable LocalDate getDueDate() {
    return dueDate;
  }

  public @Nullable String getCurrentRating() {
    return currentRating;
  }

  void setCurrentRating(@Nullable String currentRating) {
    this.currentRating = currentRating;
    touch();
  }

  public @Nullable String getOutlet() {
    return outlet;
  }

  void setOutlet(@Nullable String outlet) {
    this.outlet = outlet;
  }

  public @Nullable Long getFirstDocumentId() {
    return firstDocumentId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** In how many documents the claim appeared. */
  public int getAppearanceCount() {
    return appearanceCount;
  }

  /** When the desk last saw the claim in a document (its ingest, or the link to this claim). */
  public @Nullable Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public @Nullable Long getLastSeenDocumentId() {
    return lastSeenDocumentId;
  }

  /** When the verdict in force was published; null while none is. */
  public @Nullable Instant getVerdictPublishedAt() {
    return verdictPublishedAt;
  }

  /** When the claim was last seen after its verdict was published; null if it was not. */
  public @Nullable Instant getSeenAgainAt() {
    return seenAgainAt;
  }

  /** Records what the claim's appearances add up to now. */
  void seen(int documents, @Nullable Instant lastSeen, @Nullable Long lastDocument) {
    this.appearanceCount = documents;
    this.lastSeenAt = lastSeen;
    this.lastSeenDocumentId = lastDocument;
    this.seenAgainAt =
        verdictPublishedAt != null && lastSeen != null && lastSeen.isAfter(verdictPublishedAt)
            ? lastSeen
            : null;
  }

  /**
   * A verdict went public (or a correction replaced it): what was seen before is not "seen again".
   */
  void verdictPublishedAt(@Nullable Instant publishedAt) {
    this.verdictPublishedAt = publishedAt;
    this.seenAgainAt = null;
  }

  /** Marks the claim changed, e.g. when appearances move to it, so that its version moves on. */
  void touch() {
    this.updatedAt = Instant.now();
  }
}
