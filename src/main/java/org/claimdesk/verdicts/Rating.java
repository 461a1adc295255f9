package org.claimdesk.verdicts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimdesk.shared.UserFacingException;

/**
 * A rating's code on the desk's scale, e.g. {@code MOSTLY_TRUE}: what a verdict stores and the API
 * speaks. Labels, order, definitions and whether a rating is still in use are data, kept by {@link
 * RatingScale}; the constants are the default scale that the first migration seeds.
 */
@Schema(type = "string", example = "MOSTLY_TRUE", description = "A rating code of the desk's scale")
public record Rating(String code) {

  public static final int CODE_MAX_LENGTH = 40;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  public static final Rating TRUE = new Rating("TRUE");
  public static final Rating MOSTLY_TRUE = new Rating("MOSTLY_TRUE");
  public static final Rating HALF_TRUE = new Rating("HALF_TRUE");
  public static final Rating MOSTLY_FALSE = new Rating("MOSTLY_FALSE");
  public static final Rating FALSE = new Rating("FALSE");
  public static final Rating MISLEADING = new Rating("MISLEADING");
  public static final Rating UNPROVEN = new Rating("UNPROVEN");
  public static final Rating ACCURATELY_ATTRIBUTED = new Rating("ACCURATELY_ATTRIBUTED");
  public static final Rating MISATTRIBUTED = new Rating("MISATTRIBUTED");

  /** The default scale, best to worst, the attribution ratings last. */
  public static final List<Rating> DEFAULTS =
      List.of(
          TRUE,
          MOSTLY_TRUE,
          HALF_TRUE,
          MOSTLY_FALSE,
          FALSE,
          MISLEADING,
          UNPROVEN,
          ACCURATELY_ATTRIBUTED,
          MISATTRIBUTED);

  public Rating {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new UserFacingException(
          "'"
              + (code == null ? "" : abbreviate(code))
              + "' is not a rating code. Codes are capital letters, digits and underscores, e.g."
              + " MOSTLY_TRUE.");
    }
  }

  /** The code as typed or sent, trimmed and in capitals; refused when it cannot be a code. */
  @JsonCreator
  public static Rating valueOf(String code) {
    return new Rating(code == null ? null : code.strip().toUpperCase(Locale.ROOT));
  }

  /** The code, as the enum this type replaces called it. */
  @JsonValue
  public String name() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }

  private static String abbreviate(String s) {
    return s.length() > 50 ? s.substring(0, 47) + "..." : s;
  }
}
