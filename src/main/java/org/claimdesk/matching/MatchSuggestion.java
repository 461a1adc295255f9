package org.claimdesk.matching;

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
import org.jspecify.annotations.Nullable;

/**
 * "Same as claim #123?": an item's claim may be an earlier claim; an editor confirms or rejects.
 */
@Entity
@Table(name = "match_suggestion")
class MatchSuggestion extends AbstractEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_suggestion_seq")
  @SequenceGenerator(
      name = "match_suggestion_seq",
      sequenceName = "match_suggestion_seq",
      allocationSize = 50)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  /** The claim made for the new item. */
  @Column(name = "item_claim_id", nullable = false)
  private long itemClaimId;

  /** The earlier claim it may be the same as. */
  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Column(name = "score", nullable = false)
  private double score;

  @Column(name = "similarity", nullable = false)
  private double similarity;

  @Column(name = "shared_terms", length = 1000)
  private @Nullable String sharedTerms;

  @Column(name = "why", nullable = false, length = 2000)
  private String why = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private SuggestionState state = SuggestionState.OFFERED;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "decided_by", length = 64)
  private @Nullable String decidedBy;

  @Column(name = "decided_at")
  private @Nullable Instant decidedAt;

  protected MatchSuggestion() {}

  MatchSuggestion(long itemId, long itemClaimId, ClaimMatch match) {
    this.itemId = itemId;
    this.itemClaimId = itemClaimId;
    this.claimId = match.claimId();
    this.score = match.score();
    this.similarity = match.similarity();
    this.sharedTerms = clip(String.join(", ", match.sharedTerms()), 1000);
    this.why = clip(match.why(), 2000);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  long itemId() {
    return itemId;
  }

  long itemClaimId() {
    return itemClaimId;
  }

  long claimId() {
    return claimId;
  }

  double score() {
    return score;
  }

  double similarity() {
    return similarity;
  }

  @Nullable String sharedTerms() {
    return sharedTerms;
  }

  String why() {
    return why;
  }

  SuggestionState state() {
    return state;
  }

  @Nullable String decidedBy() {
    return decidedBy;
  }

  void decide(SuggestionState decision, String by) {
    this.state = decision;
    this.decidedBy = by;
    this.decidedAt = Instant.now();
  }
}
