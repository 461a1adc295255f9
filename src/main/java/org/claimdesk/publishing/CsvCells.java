package org.claimdesk.publishing;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV records as RFC 4180 says (comma separated, CRLF line ends, a field with a comma,
 * quote, CR or LF in double quotes with its quotes doubled), and neutralises spreadsheet formulas:
 * a text cell that starts with {@code = + - @}, a tab or a CR gets a leading apostrophe, so that a
 * spreadsheet shows it as text instead of running it (OWASP "CSV injection").
 */
final class CsvCells {

  private CsvCells() {}

  static void record(Writer out, List<@Nullable String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(neutralised(cells.get(i))));
    }
    out.write("\r\n");
  }

  static String neutralised(@Nullable String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  static String quoted(String cell) {
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
