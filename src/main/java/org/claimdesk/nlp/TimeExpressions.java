package org.claimdesk.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates and relative time expressions and resolves them against the publication date. */
final class TimeExpressions {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final Pattern EXPRESSION =
      Pattern.compile(
          "\\b(?:"
              + MONTH
              + "\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?(?!\\d)"
              + "|(\\d{1,2})\\s"
              + MONTH
              + "(?:,?\\s(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2})"
              + "|(?:(on|last|this|next|early|late|since|until|by)\\s)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(yesterday|today|tomorrow|tonight|(?:last|next|this|earlier"
              + " this) (?:week|month|year)))\\b",
          Pattern.CASE_INSENSITIVE);
  // A cheap test that skips the regex on most sentences.
  private static final Pattern FUTURE =
      Pattern.compile("\\b(?:will|would|shall|is to|are to|plans? to)\\b");

  private TimeExpressions() {}

  /**
   * Expressions in {@code text} (clean offsets shifted by {@code base}); dates null when unknown.
   */
  static List<Found> find(String text, int base, LocalDate published) {
    if (!mayContainTime(text)) {
      return List.of();
    }
    List<Found> found = new ArrayList<>(2);
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      LocalDate date = resolve(m, published, isFuture(text, m.start()));
      String word =
          m.group(11) != null ? m.group(11) : m.group(1) != null ? m.group(1) : m.group(5);
      if (word != null && m.group(10) == null && Character.isLowerCase(word.charAt(0))) {
        continue; // "may 5" or "sunday" in lower case is rarely a date
      }
      found.add(new Found(m.group(), base + m.start(), base + m.end(), date));
    }
    return found;
  }

  // "will resume on Tuesday" looks ahead, "said on Monday" looks back: only the clause before
  // counts.
  private static boolean isFuture(String text, int at) {
    String before = text.substring(Math.max(0, at - 80), at);
    int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(" that "));
    return FUTURE.matcher(clause < 0 ? before : before.substring(clause)).find();
  }

  // Every expression has a digit or one of these words; the cheap test spares most statements the
  // regular expression.
  private static boolean mayContainTime(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return text.contains("day")
        || text.contains("Day")
        || text.contains("DAY")
        || text.contains("night")
        || text.contains("week")
        || text.contains("month")
        || text.contains("year");
  }

  /** The first full date (with a year) in the text, or null. */
  static LocalDate firstFullDate(String text) {
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      if ((m.group(1) != null && m.group(3) != null)
          || (m.group(4) != null && m.group(6) != null)
          || m.group(7) != null) {
        LocalDate date = resolve(m, null, false);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static LocalDate resolve(Matcher m, LocalDate published, boolean future) {
    try {
      if (m.group(1) != null) {
        return dated(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published);
      }
      if (m.group(4) != null) {
        return dated(month(m.group(5)), Integer.parseInt(m.group(4)), m.group(6), published);
      }
      if (m.group(7) != null) {
        return LocalDate.of(
            Integer.parseInt(m.group(7)),
            Integer.parseInt(m.group(8)),
            Integer.parseInt(m.group(9)));
      }
      if (published == null) {
        return null;
      }
      if (m.group(11) != null) {
        DayOfWeek day = DayOfWeek.valueOf(m.group(11).toUpperCase(Locale.ROOT));
        String modifier = m.group(10) == null ? "" : m.group(10).toLowerCase(Locale.ROOT);
        return switch (modifier) {
          case "next", "until", "by" -> after(published, day);
          case "last", "since" -> before(published, day);
          default -> future ? onOrAfter(published, day) : onOrBefore(published, day);
        };
      }
      String relative = m.group(12).toLowerCase(Locale.ROOT);
      return switch (relative) {
        case "yesterday" -> published.minusDays(1);
        case "today",
            "tonight",
            "this week",
            "this month",
            "this year",
            "earlier this week",
            "earlier this month",
            "earlier this year" ->
            published;
        case "tomorrow" -> published.plusDays(1);
        case "last week" -> published.minusWeeks(1);
        case "next week" -> published.plusWeeks(1);
        case "last month" -> published.minusMonths(1);
        case "next month" -> published.plusMonths(1);
        case "last year" -> published.minusYears(1);
        case "next year" -> published.plusYears(1);
        default -> null;
      };
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate dated(int month, int day, String year, LocalDate published) {
    if (month < 1) {
      return null;
    }
    if (year != null) {
      return LocalDate.of(Integer.parseInt(year), month, day);
    }
    if (published == null) {
      return null;
    }
    LocalDate date = LocalDate.of(published.getYear(), month, day);
    // A month-day far after publication almost always means the previous year ("Dec 30" in
    // January).
    return date.isAfter(published.plusMonths(6)) ? date.minusYears(1) : date;
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (key) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> -1;
    };
  }

  private static LocalDate onOrBefore(LocalDate from, DayOfWeek day) {
    int back = (from.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    return from.minusDays(back);
  }

  private static LocalDate before(LocalDate from, DayOfWeek day) {
    return onOrBefore(from.minusDays(1), day);
  }

  private static LocalDate onOrAfter(LocalDate from, DayOfWeek day) {
    int ahead = (day.getValue() - from.getDayOfWeek().getValue() + 7) % 7;
    return from.plusDays(ahead);
  }

  private static LocalDate after(LocalDate from, DayOfWeek day) {
    return onOrAfter(from.plusDays(1), day);
  }

  record Found(String text, int start, int end, LocalDate date) {}
}
