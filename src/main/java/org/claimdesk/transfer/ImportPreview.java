package org.claimdesk.transfer;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first records of a file before it is imported: for CSV the header and which column each field
 * comes from; for ClaimReview each rating label and the desk rating it maps onto (null: not mapped
 * yet).
 */
public record ImportPreview(
    List<String> header,
    Map<String, String> columns,
    Map<String, @Nullable String> ratingLabels,
    List<Row> rows) {

  /** One record: its line, title and size, or why it cannot be read. */
  public record Row(
      int line, String title, @Nullable String outlet, int characters, @Nullable String problem) {

    static Row of(SourceRecord record) {
      return switch (record) {
        case SourceRecord.Doc d ->
            new Row(
                d.line(), d.draft().title(), d.draft().outlet(), d.draft().text().length(), null);
        case SourceRecord.Review r ->
            new Row(r.line(), r.review().claimReviewed(), r.review().reviewedBy(), 0, null);
        case SourceRecord.Broken b -> new Row(b.line(), "", null, 0, b.reason());
      };
    }
  }
}
