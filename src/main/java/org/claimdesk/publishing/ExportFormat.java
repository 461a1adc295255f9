package org.claimdesk.publishing;

import java.util.Locale;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/** The formats the claim queue is exported in. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  JSONL("application/x-ndjson; charset=UTF-8", "jsonl");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** csv or jsonl, as a person types it; refused with the choices otherwise. */
  public static ExportFormat parse(@Nullable String text) {
    String t = text == null ? "csv" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "csv", "" -> CSV;
      case "jsonl", "ndjson" -> JSONL;
      default -> throw new UserFacingException("Choose format=csv or format=jsonl.");
    };
  }
}
