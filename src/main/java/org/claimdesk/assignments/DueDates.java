package org.claimdesk.assignments;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The desk's turnaround: days from the day of assignment to the due date, by check-worthiness band
 * ({@code claimdesk.assignments.due.high}, {@code .medium}, {@code .low}), each falling back to
 * {@code claimdesk.assignments.due.default} (2 days). High is a score of 0.7 or more, medium 0.4 or
 * more, as the reader colours them.
 */
@Component
public class DueDates {

  /** The lowest score of the high and medium bands. */
  public static final double HIGH = 0.7;

  public static final double MEDIUM = 0.4;

  private final int high;
  private final int medium;
  private final int low;

  DueDates(
      @Value("${claimdesk.assignments.due.default:2}") int standard,
      @Value("${claimdesk.assignments.due.high:-1}") int high,
      @Value("${claimdesk.assignments.due.medium:-1}") int medium,
      @Value("${claimdesk.assignments.due.low:-1}") int low) {
    this.high = days("high", high < 0 ? standard : high);
    this.medium = days("medium", medium < 0 ? standard : medium);
    this.low = days("low", low < 0 ? standard : low);
  }

  private static int days(String band, int days) {
    if (days > 365) {
      throw new IllegalStateException(
          "claimdesk.assignments.due." + band + " is " + days + " days: give 0 to 365.");
    }
    return Math.max(days, 0);
  }

  /** The band's name: "high", "medium" or "low". */
  public static String band(double checkworthiness) {
    return checkworthiness >= HIGH ? "high" : checkworthiness >= MEDIUM ? "medium" : "low";
  }

  /** Days to turn a claim of that check-worthiness around. */
  public int turnaround(double checkworthiness) {
    return switch (band(checkworthiness)) {
      case "high" -> high;
      case "medium" -> medium;
      default -> low;
    };
  }

  /** The due date of a claim of that check-worthiness assigned on {@code day}. */
  public LocalDate dueFor(double checkworthiness, LocalDate day) {
    return day.plusDays(turnaround(checkworthiness));
  }
}
