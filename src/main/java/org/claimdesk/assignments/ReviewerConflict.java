package org.claimdesk.assignments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's conflict of interest with a speaker or an outlet: automatic assignment never gives
 * that reviewer the party's claims.
 */
@Entity
@Table(name = "reviewer_conflict")
@Audited
class ReviewerConflict extends AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviewer_conflict_seq")
  @SequenceGenerator(
      name = "reviewer_conflict_seq",
      sequenceName = "reviewer_conflict_seq",
      allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "reviewer", nullable = false, length = 64)
  private String reviewer;

  @Column(name = "party", nullable = false, length = 200)
  private String party;

  @Column(name = "party_key", nullable = false, length = 200)
  private String partyKey;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected ReviewerConflict() {
    this.reviewer = "";
    this.party = "";
    this.partyKey = "";
    this.recordedBy = "";
  }

  ReviewerConflict(String reviewer, String party, String recordedBy) {
    this.reviewer = reviewer;
    this.party = party;
    this.partyKey = key(party);
    this.recordedBy = recordedBy;
  }

  /** Speakers and outlets match whatever their case and spacing. */
  static String key(String party) {
    return party.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  String getReviewer() {
    return reviewer;
  }

  String getParty() {
    return party;
  }

  String getPartyKey() {
    return partyKey;
  }
}
