package org.claimdesk.verdicts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Rating} as its code, as the enum it replaces was stored. */
@Converter
class RatingConverter implements AttributeConverter<Rating, String> {

  @Override
  public @Nullable String convertToDatabaseColumn(@Nullable Rating rating) {
    return rating == null ? null : rating.code();
  }

  @Override
  public @Nullable Rating convertToEntityAttribute(@Nullable String code) {
    return code == null ? null : new Rating(code);
  }
}
