package org.claimdesk.transfer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingDefinition;
import org.claimdesk.verdicts.RatingDefinitions;
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
        labels.put(pair.substring(0, eq).strip(), to);
      }
    }
    return new RatingMapping(labels);
  }

  /** The desk rating for a publisher's label, if the mapping names it. */
  public Optional<Rating> map(String label, RatingDefinitions scale) {
    String to = labels.get(key(label));
    return to == null ? Optional.empty() : Optional.of(target(to, scale));
  }

  /** Refuses a mapping onto a rating the desk's scale does not offer, before anything is read. */
  public void check(RatingDefinitions scale) {
    labels.values().forEach(to -> target(to, scale));
  }

  /** A suggestion for the preview: the active desk rating whose code or label equals the label. */
  public static @Nullable Rating suggest(String label, RatingDefinitions scale) {
    for (RatingDefinition d : scale.active()) {
      if (d.label().equalsIgnoreCase(label.strip())
          || d.code().equalsIgnoreCase(label.strip().replace(' ', '_'))) {
        return d.rating();
      }
    }
    return null;
  }

  static Rating target(String name, RatingDefinitions scale) {
    String code = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (RatingDefinition d : scale.active()) {
      if (d.code().equals(code)) {
        return d.rating();
      }
    }
    StringBuilder known = new StringBuilder();
    for (RatingDefinition d : scale.active()) {
      known.append(known.isEmpty() ? "" : ", ").append(d.code());
    }
    throw new UserFacingException(
        "'" + name + "' is not one of the desk's ratings in use: " + known + ".");
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
