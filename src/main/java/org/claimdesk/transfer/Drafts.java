package org.claimdesk.transfer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.claimdesk.documents.DocumentDraft;
import org.jspecify.annotations.Nullable;

/** Turns the fields an import file gives into a document draft, or says why it cannot. */
final class Drafts {

  private Drafts() {}

  static SourceRecord of(
      int line,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable String url,
      @Nullable String publishedDate,
      @Nullable String text) {
    if (text == null || text.isBlank()) {
      return new SourceRecord.Broken(line, "no text");
    }
    if (text.indexOf('\0') >= 0) {
      return new SourceRecord.Broken(line, "the text contains binary data (NUL characters)");
    }
    if (title == null || title.isBlank()) {
      return new SourceRecord.Broken(line, "no title");
    }
    LocalDate date;
    try {
      date = date(publishedDate);
    } catch (DateTimeParseException e) {
      return new SourceRecord.Broken(
          line, "publishedDate '" + publishedDate + "' is not a date such as 2026-03-14");
    }
    return new SourceRecord.Doc(
        line, new DocumentDraft(title.strip(), blankToNull(outlet), blankToNull(url), date, text));
  }

  /** ISO dates and times (2026-03-14, 2026-03-14T09:30:00Z) and RSS's RFC 1123 dates. */
  static @Nullable LocalDate date(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() == 10) {
      return LocalDate.parse(v);
    }
    try {
      return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException notIso) {
      try {
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } catch (DateTimeParseException notRfc) {
        return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
      }
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
