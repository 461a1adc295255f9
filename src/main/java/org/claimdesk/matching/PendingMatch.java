package org.claimdesk.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A claim item a bulk import stored without matching, waiting for the background pass. */
@Entity
@Table(name = "match_pending")
class PendingMatch {

  @Id
  @Column(name = "item_id")
  private long itemId;

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "speaker", length = 300)
  private @Nullable String speaker;

  @Column(name = "seen_on")
  private @Nullable LocalDate seenOn;

  protected PendingMatch() {}

  PendingMatch(
      long itemId,
      long claimId,
      long documentId,
      @Nullable String speaker,
      @Nullable LocalDate seenOn) {
    this.itemId = itemId;
    this.claimId = claimId;
    this.documentId = documentId;
    this.speaker = speaker == null || speaker.length() <= 300 ? speaker : speaker.substring(0, 300);
    this.seenOn = seenOn;
  }

  long itemId() {
    return itemId;
  }

  long claimId() {
    return claimId;
  }

  long documentId() {
    return documentId;
  }

  @Nullable String speaker() {
    return speaker;
  }

  @Nullable LocalDate seenOn() {
    return seenOn;
  }
}
