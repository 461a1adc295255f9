package org.claimdesk.verdicts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One rating of the desk's scale: its label, definition, place and whether it is retired. */
@Entity
@Table(name = "rating_definition")
@Audited
class RatingEntry extends AbstractEntity {

  static final int LABEL_MAX_LENGTH = 80;
  static final int DEFINITION_MAX_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_definition_seq")
  @SequenceGenerator(
      name = "rating_definition_seq",
      sequenceName = "rating_definition_seq",
      allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "code", nullable = false, unique = true, length = Rating.CODE_MAX_LENGTH)
  private String code;

  @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
  private String label;

  @Column(name = "definition", nullable = false, length = DEFINITION_MAX_LENGTH)
  private String definition;

  @Column(name = "scale_position", nullable = false)
  private int position;

  @Column(name = "attributed_only", nullable = false)
  private boolean attributedOnly;

  @Column(name = "retired_at")
  private @Nullable Instant retiredAt;

  protected RatingEntry() {
    this.code = "";
    this.label = "";
    this.definition = "";
  }

  RatingEntry(
      Rating rating, String label, String definition, int position, boolean attributedOnly) {
    this.code = rating.code();
    this.label = label;
    this.definition = definition;
    this.position = position;
    this.attributedOnly = attributedOnly;
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  String getCode() {
    return code;
  }

  String getLabel() {
    return label;
  }

  String getDefinition() {
    return definition;
  }

  int getPosition() {
    return position;
  }

  boolean isAttributedOnly() {
    return attributedOnly;
  }

  @Nullable Instant getRetiredAt() {
    return retiredAt;
  }

  void describe(String label, String definition, boolean attributedOnly) {
    this.label = label;
    this.definition = definition;
    this.attributedOnly = attributedOnly;
  }

  void moveTo(int position) {
    this.position = position;
  }

  void retire() {
    if (retiredAt == null) {
      retiredAt = Instant.now();
    }
  }

  void reinstate() {
    retiredAt = null;
  }

  RatingDefinition toDefinition() {
    return new RatingDefinition(
        new Rating(code),
        label,
        definition,
        position,
        attributedOnly,
        retiredAt != null,
        getVersion());
  }
}
