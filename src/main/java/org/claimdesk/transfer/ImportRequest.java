package org.claimdesk.transfer;

import java.nio.file.Path;

/**
 * What to import: the file (or folder), its format, the CSV column mapping, the ClaimReview rating
 * mapping and the name shown for it.
 */
public record ImportRequest(
    Path file,
    ImportFormat format,
    ColumnMapping columns,
    RatingMapping ratings,
    String sourceName) {

  public static ImportRequest of(Path file, ImportFormat format) {
    return new ImportRequest(
        file, format, ColumnMapping.none(), RatingMapping.none(), file.getFileName().toString());
  }
}
