package org.claimdesk.claims;

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
import java.time.LocalDate;
import org.claimdesk.nlp.Attribution;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** One appearance of a claim in a document, anchored by character offsets into its text. */
@Entity
@Table(name = "claim_item")
@Audited
public class ClaimItem extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_item_seq")
  @SequenceGenerator(name = "claim_item_seq", sequenceName = "claim_item_seq", allocationSize = 50)
  @Column(name = "id")
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id", nullable = false)
  private Claim claim;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "item_position", nullable = false)
  private int itemPosition;

  @Column(name = "item_text", nullable = false, length = 4000)
  private String text;

  @Column(name = "sentence", length = 10000)
  private @Nullable String sentence;

  @Column(name = "start_offset", nullable = false)
  private int startOffset;

  @Column(name = "end_offset", nullable = false)
  private int endOffset;

  @Column(name = "speaker_name", length = 300)
  private @Nullable String speakerName;

  @Column(name = "speaker_role", length = 300)
  private @Nullable String speakerRole;

  @Column(name = "speaker_mention", length = 300)
  private @Nullable String speakerMention;

  @Column(name = "speaker_start")
  private @Nullable Integer speakerStart;

  @Column(name = "speaker_end")
  private @Nullable Integer speakerEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "speaker_kind", length = 32)
  private @Nullable SpeakerKind speakerKind;

  @Column(name = "cue", length = 100)
  private @Nullable String cue;

  @Enumerated(EnumType.STRING)
  @Column(name = "attribution", length = 32)
  private @Nullable Attribution attribution;

  @Column(name = "score", nullable = false)
  private double score;

  @Column(name = "checkworthy", nullable = false)
  private boolean checkworthy;

  @Column(name = "reasons", length = 2000)
  private @Nullable String reasons;

  @Column(name = "follow_up_reason", length = 1000)
  private @Nullable String followUpReason;

  @Column(name = "follow_up_date")
  private @Nullable LocalDate followUpDate;

  @Column(name = "times", length = 4000)
  private @Nullable String times;

  /** When the desk saw this appearance: at its document's ingest, or when it joined the claim. */
  @NotAudited
  @Column(name = "seen_at")
  private @Nullable Instant seenAt = Instant.now();

  protected ClaimItem() {
    this.claim = new Claim();
    this.text = "";
  }

  ClaimItem(
      Claim claim, long documentId, int position, String text, int startOffset, int endOffset) {
    this.claim = claim;
    this.documentId = documentId;
    this.itemPosition = position;
    this.text = text;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public Claim getClaim() {
    return claim;
  }

  /** Makes this an appearance of another claim; the desk sees it there from now on. */
  void setClaim(Claim claim) {
    this.claim = claim;
    this.seenAt = Instant.now();
  }

  public @Nullable Instant getSeenAt() {
    return seenAt;
  }

  public long getDocumentId() {
    return documentId;
  }

  public int getPosition() {
    return itemPosition;
  }

  public String getText() {
    return text;
  }

  public @Nullable String getSentence() {
    return sentence;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public int getEndOffset() {
    return endOffset;
  }

  public @Nullable String getSpeakerName() {
    return speakerName;
  }

  public @Nullable String getSpeakerRole() {
    return speakerRole;
  }

  public @Nullable String getSpeakerMention() {
    return speakerMention;
  }

  public @Nullable Integer getSpeakerStart() {
    return speakerStart;
  }

  public @Nullable Integer getSpeakerEnd() {
    return speakerEnd;
  }

  public @Nullable SpeakerKind getSpeakerKind() {
    return speakerKind;
  }

  public @Nullable String getCue() {
    return cue;
  }

  public @Nullable Attribution getAttribution() {
    return attribution;
  }

  public double getScore() {
    return score;
  }

  public boolean isCheckworthy() {
    return checkworthy;
  }

  public @Nullable String getReasons() {
    return reasons;
  }

  public @Nullable String getFollowUpReason() {
    return followUpReason;
  }

  public @Nullable LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public @Nullable String getTimes() {
    return times;
  }

  void setText(String text) {
    this.text = text;
  }

  /** A new item at the same place in the same document, for a statement split off this one. */
  ClaimItem copyFor(Claim otherClaim, String otherText) {
    ClaimItem copy =
        new ClaimItem(otherClaim, documentId, itemPosition, otherText, startOffset, endOffset);
    copy.sentence = sentence;
    copy.setSpeaker(
        speakerName, speakerRole, speakerMention, speakerStart, speakerEnd, speakerKind);
    copy.setAttribution(cue, attribution);
    copy.setScore(score, checkworthy, reasons);
    copy.setFollowUp(followUpReason, followUpDate);
    copy.times = times;
    copy.seenAt = seenAt;
    return copy;
  }

  void setSentence(@Nullable String sentence) {
    this.sentence = sentence;
  }

  void setSpeaker(
      @Nullable String name,
      @Nullable String role,
      @Nullable String mention,
      @Nullable Integer start,
      @Nullable Integer end,
      @Nullable SpeakerKind kind) {
    this.speakerName = name;
    this.speakerRole = role;
    this.speakerMention = mention;
    this.speakerStart = start;
    this.speakerEnd = end;
    this.speakerKind = kind;
  }

  void setAttribution(@Nullable String cue, @Nullable Attribution attribution) {
    this.cue = cue;
    this.attribution = attribution;
  }

  void setScore(double score, boolean checkworthy, @Nullable String reasons) {
    this.score = score;
    this.checkworthy = checkworthy;
    this.reasons = reasons;
  }

  void setFollowUp(@Nullable String reason, @Nullable LocalDate date) {
    this.followUpReason = reason;
    this.followUpDate = date;
  }

  void setTimes(@Nullable String times) {
    this.times = times;
  }
}
