package org.claimdesk.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The desk's time zone (setting {@code claimdesk.time-zone}, the server's by default): the zone its
 * times are shown in and its "today" is counted in, e.g. for due dates.
 */
public final class DeskTime {

  private static volatile ZoneId zone = ZoneId.systemDefault();

  private DeskTime() {}

  public static ZoneId zone() {
    return zone;
  }

  /** Today in the desk's time zone. */
  public static LocalDate today() {
    return LocalDate.now(zone);
  }

  /** Whether a due date has passed (a date due today is not overdue yet). */
  public static boolean isOverdue(@Nullable LocalDate due) {
    return due != null && due.isBefore(today());
  }

  /**
   * Reads {@code claimdesk.time-zone} at start-up; a bad zone name stops the start with a reason.
   */
  @Component
  public static class Setting {
    public Setting(@Value("${claimdesk.time-zone:}") String configured) {
      if (configured == null || configured.isBlank()) {
        zone = ZoneId.systemDefault();
        return;
      }
      try {
        zone = ZoneId.of(configured.strip());
      } catch (DateTimeException e) {
        throw new IllegalStateException(
            "claimdesk.time-zone '" + configured + "' is not a time zone (e.g. Europe/Zurich)", e);
      }
    }
  }
}
