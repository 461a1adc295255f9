package org.claimdesk.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.claimdesk.shared.DeskTime;
import org.jspecify.annotations.Nullable;

/**
 * One way of writing dates and times on every page: in the desk's time zone ({@link DeskTime}) and
 * the reader's locale, e.g. "3 Dec 2026" and "3 Dec 2026, 17:08".
 */
public final class DeskFormat {

  private DeskFormat() {}

  public static String date(@Nullable LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
  }

  public static String dateTime(@Nullable Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(DeskTime.zone())
            .format(at);
  }

  /** A due date, with "(overdue)" once it has passed. */
  public static String due(@Nullable LocalDate due) {
    return due == null ? "" : date(due) + (DeskTime.isOverdue(due) ? " (overdue)" : "");
  }

  private static Locale locale() {
    UI ui = UI.getCurrent();
    Locale locale = ui == null ? null : ui.getLocale();
    return locale == null ? Locale.UK : locale;
  }
}
