package org.claimdesk.publishing;

import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;
import org.jspecify.annotations.Nullable;

/** The desk's organisation, the author of its ClaimReviews ({@code claimdesk.organisation.*}). */
public record Organisation(String name, @Nullable String url) {

  /** The configured organisation; refused with what to set when the name is missing. */
  public static Organisation configured(@Nullable String name, @Nullable String url) {
    if (name == null || name.isBlank()) {
      throw new UserFacingException(
          "ClaimReview needs the desk's organisation as its author. Set claimdesk.organisation.name"
              + " (and claimdesk.organisation.url), e.g. with CLAIMDESK_ORGANISATION_NAME.");
    }
    return new Organisation(name.strip(), WebAddress.checkOptional(url));
  }
}
