package org.claimdesk.transfer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.verdicts.Rating;
import org.jspecify.annotations.Nullable;

/**
 * How another publisher's rating labels map onto the desk's ratings, as the user confirmed it
 * ({@code False=FALSE,Mostly false=MOSTLY_FALSE}). Kept on its own so that it can be pointed at the
 * configurable scale: only {@link #target} knows the desk's ratings.
 */
public record RatingMapping(Map<String, String> labels) {

  public RatingMapping {
    Map<String, String> normalised = new LinkedHashMap<>();
    labels.forEach((from, to) -> normalised.put(key(from), to));
    labels = Map.copyOf(normalised);
  }

  public static RatingMapping none() {
    return new RatingMapping(Map.of());
  }

  public static RatingMapping parse(@Nullable String spec) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (spec != null && !spec.isBlank()) {
      for (String pair : spec.split(",")) {
        int eq = pair.lastIndexOf('=');
        if (eq <= 0) {
          throw new UserFacingException(
              "Rating mapping '"
                  + pair
                  + "' is not Label=RATING, e.g. \"Mostly false=MOSTLY_FALSE\".");
        }
        String to = pair.substring(eq + 1).strip();
        target(to); // refuses an unknown rating now rather than half-way through
        labels.put(pair.substring(0, eq).strip(), to);
      }
    }
    return new RatingMapping(labels);
  }

  /** The desk rating for a publisher's label, if the mapping names it. */
  public Optional<Rating> map(String label) {
    String to = labels.get(key(label));
    return to == null ? Optional.empty() : Optional.of(target(to));
  }

  /** A suggestion for the preview: the desk rating whose name or label equals the label. */
  public static @Nullable Rating suggest(String label) {
    for (Rating r : Rating.values()) {
      if (r.label().equalsIgnoreCase(label.strip())
          || r.name().equalsIgnoreCase(label.strip().replace(' ', '_'))) {
        return r;
      }
    }
    return null;
  }

  static Rating target(String name) {
    try {
      return Rating.valueOf(name.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      StringBuilder known = new StringBuilder();
      for (Rating r : Rating.values()) {
        known.append(known.isEmpty() ? "" : ", ").append(r.name());
      }
      throw new UserFacingException(
          "'" + name + "' is not one of the desk's ratings: " + known + ".");
    }
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
