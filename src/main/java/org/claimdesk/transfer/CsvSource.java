package org.claimdesk.transfer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/** CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
final class CsvSource implements RecordSource {

  private final Path file;
  private final ColumnMapping mapping;

  CsvSource(Path file, ColumnMapping mapping) {
    this.file = file;
    this.mapping = mapping;
  }

  /** The header row, for the preview's column mapping. */
  List<String> header() throws IOException {
    try (Reader in = open()) {
      Row row = new Parser(in).next();
      header = row == null ? List.of() : row.cells;
      return header;
    }
  }

  private List<String> header = List.of();

  String headerCell(int index) {
    return index < header.size() ? header.get(index) : "";
  }

  @Override
  public void read(Consumer<SourceRecord> sink) throws IOException {
    try (Reader in = open()) {
      Parser parser = new Parser(in);
      Row header = parser.next();
      if (header == null) {
        throw new UserFacingException("The CSV file is empty: it needs a header row.");
      }
      Map<String, Integer> columns = mapping.resolve(header.cells);
      if (!columns.containsKey("text")) {
        throw new UserFacingException(
            "No column for the text: name one with --columns text=Column (the page's mapping)."
                + " Its columns: "
                + String.join(", ", header.cells)
                + ".");
      }
      while (true) {
        Row row = parser.next();
        if (row == null) {
          return;
        }
        if (row.cells.size() == 1 && row.cells.getFirst().isEmpty()) {
          continue;
        }
        if (row.unterminated) {
          sink.accept(new SourceRecord.Broken(row.line, "a quoted cell is never closed"));
          return;
        }
        if (row.cells.stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0 || c.indexOf('\0') >= 0)) {
          sink.accept(new SourceRecord.Broken(row.line, "binary data, not UTF-8 text"));
          continue;
        }
        if (row.cells.size() != header.cells.size()) {
          sink.accept(
              new SourceRecord.Broken(
                  row.line,
                  row.cells.size() + " cells where the header has " + header.cells.size()));
          continue;
        }
        sink.accept(
            Drafts.of(
                row.line,
                cell(row, columns, "title"),
                cell(row, columns, "outlet"),
                cell(row, columns, "url"),
                cell(row, columns, "publishedDate"),
                cell(row, columns, "text")));
      }
    }
  }

  private static @Nullable String cell(Row row, Map<String, Integer> columns, String field) {
    Integer index = columns.get(field);
    return index == null ? null : row.cells.get(index);
  }

  private Reader open() throws IOException {
    return new java.io.BufferedReader(
        new java.io.InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        1 << 16);
  }

  private record Row(int line, List<String> cells, boolean unterminated) {}

  /**
   * A small RFC 4180 reader that counts lines, so that problems name the line a record starts on.
   */
  private static final class Parser {
    private final Reader in;
    int line = 1;
    private int pushed = -2;

    Parser(Reader in) {
      this.in = in;
    }

    private int read() throws IOException {
      if (pushed != -2) {
        int c = pushed;
        pushed = -2;
        return c;
      }
      return in.read();
    }

    @Nullable Row next() throws IOException {
      int start = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      int c = read();
      if (c == -1) {
        return null;
      }
      if (c == 0xFEFF) {
        c = read();
      }
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            cells.add(cell.toString());
            return new Row(start, cells, true);
          }
          if (c == '"') {
            int n = read();
            if (n == '"') {
              cell.append('"');
            } else {
              quoted = false;
              c = n;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append((char) c);
          }
        } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n' || c == -1) {
          if (c == '\r') {
            int n = read();
            if (n != '\n') {
              pushed = n;
            }
          }
          if (c != -1) {
            line++;
          }
          cells.add(cell.toString());
          return new Row(start, cells, false);
        } else {
          cell.append((char) c);
        }
        c = read();
      }
    }
  }
}
