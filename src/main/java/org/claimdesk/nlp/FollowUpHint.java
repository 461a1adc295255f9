package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.Objects;

/** Why a statement should be checked again later, and when. */
public record FollowUpHint(String reason, LocalDate suggestedDate) {
  public FollowUpHint {
    Objects.requireNonNull(reason, "reason");
  }
}
