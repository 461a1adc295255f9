package org.claimdesk.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Which CSV column holds each document field. Given as {@code title=Headline,text=Body}; fields not
 * given are found by header name (title or headline, text or body, ...).
 */
public record ColumnMapping(Map<String, String> columns) {

  public static final List<String> FIELDS =
      List.of("title", "outlet", "url", "publishedDate", "text");

  private static final Map<String, List<String>> DEFAULT_NAMES =
      Map.of(
          "title", List.of("title", "headline", "heading", "name"),
          "outlet", List.of("outlet", "source", "publisher", "publication", "site"),
          "url", List.of("url", "link", "address", "permalink"),
          "publishedDate",
              List.of("publisheddate", "published_date", "published", "date", "pubdate", "day"),
          "text", List.of("text", "body", "content", "article", "story"));

  public ColumnMapping {
    columns = Map.copyOf(columns);
  }

  public static ColumnMapping none() {
    return new ColumnMapping(Map.of());
  }

  /** Reads {@code field=Column,field=Column}; an unknown field is refused with the known ones. */
  public static ColumnMapping parse(@Nullable String spec) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (spec != null && !spec.isBlank()) {
      for (String pair : spec.split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new UserFacingException(
              "Column mapping '" + pair + "' is not field=Column, e.g. title=Headline.");
        }
        String field = canonicalField(pair.substring(0, eq).strip());
        columns.put(field, pair.substring(eq + 1).strip());
      }
    }
    return new ColumnMapping(columns);
  }

  private static String canonicalField(String name) {
    for (String f : FIELDS) {
      if (f.equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new UserFacingException(
        "'" + name + "' is not a document field: use " + String.join(", ", FIELDS) + ".");
  }

  /** The column index of each field for this header; fields without a column are left out. */
  public Map<String, Integer> resolve(List<String> header) {
    Map<String, Integer> resolved = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String given = columns.get(field);
      if (given != null) {
        int index = indexOf(header, given);
        if (index < 0) {
          throw new UserFacingException(
              "The CSV has no column '"
                  + given
                  + "' for "
                  + field
                  + ". Its columns: "
                  + String.join(", ", header)
                  + ".");
        }
        resolved.put(field, index);
        continue;
      }
      for (String name : DEFAULT_NAMES.get(field)) {
        int index = indexOf(header, name);
        if (index >= 0) {
          resolved.put(field, index);
          break;
        }
      }
    }
    return resolved;
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }
}
