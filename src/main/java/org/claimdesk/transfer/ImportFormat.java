package org.claimdesk.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.claimdesk.shared.UserFacingException;

/** The kinds of file the import reads. */
public enum ImportFormat {
  JSONL("JSON Lines"),
  CSV("CSV"),
  FOLDER("Folder of .txt/.html files"),
  FEED("RSS or Atom feed"),
  CLAIMREVIEW("ClaimReview"),
  DESK("Desk export");

  private final String label;

  ImportFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The format named on the command line ({@code jsonl}, {@code csv}...). */
  public static ImportFormat named(String name) {
    for (ImportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new UserFacingException(
        "Unknown format '" + name + "': use jsonl, csv, folder, feed, claimreview or desk.");
  }

  /** The format a file's name suggests, for when none is given. */
  public static ImportFormat guess(Path file) {
    if (Files.isDirectory(file)) {
      return FOLDER;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".zip")) {
      return DESK;
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return FEED;
    }
    if (name.endsWith(".json")) {
      return CLAIMREVIEW;
    }
    throw new UserFacingException(
        "Cannot tell the format of '"
            + file.getFileName()
            + "' from its name: give --format jsonl, csv, folder, feed, claimreview or desk.");
  }
}
