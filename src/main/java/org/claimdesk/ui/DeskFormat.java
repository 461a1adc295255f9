package org.claimdesk.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.claimdesk.shared.DeskTime;
import org.jspecify.annotations.Nullable;

/**
 * One way of writing dates and times on every page, whatever the browser's or the server's locale:
 * day, month, year and a 24-hour time in the desk's time zone ({@link DeskTime}), e.g. "3 Dec 2026"
 * and "3 Dec 2026, 17:08". The desk's pages are in English, and so are its month names; the date
 * pickers show and read dates the same way ({@link #datePicker}).
 */
public final class DeskFormat {

  /** The date as the pages write it, in the date pickers' pattern language too. */
  static final String DATE_PATTERN = "d MMM yyyy";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ENGLISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern(DATE_PATTERN + ", HH:mm", Locale.ENGLISH);

  private DeskFormat() {}

  public static String date(@Nullable LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String dateTime(@Nullable Instant at) {
    return at == null ? "" : DATE_TIME.withZone(DeskTime.zone()).format(at);
  }

  /** A due date, with "(overdue)" once it has passed. */
  public static String due(@Nullable LocalDate due) {
    return due == null ? "" : date(due) + (DeskTime.isOverdue(due) ? " (overdue)" : "");
  }

  /**
   * Makes a date picker show its date as the pages do ("3 Dec 2026") instead of in the browser's
   * locale ("12/3/2026"), and read what is typed in that form or as 3/12/2026, 3.12.2026 or
   * 2026-12-03 (day first, as the desk writes dates). Weeks start on Monday.
   */
  public static <P extends DatePicker> P datePicker(P picker) {
    picker.setI18n(
        new DatePicker.DatePickerI18n()
            .setDateFormats(DATE_PATTERN, "d MMMM yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
            .setFirstDayOfWeek(1));
    return picker;
  }
}
