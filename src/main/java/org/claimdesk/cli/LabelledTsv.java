package org.claimdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.nlp.LabelledStatement;

/**
 * Reads check-worthiness TSV files: {@code id<TAB>text<TAB>Yes|No} with a header, any line ending.
 */
final class LabelledTsv {
  private LabelledTsv() {}

  static List<LabelledStatement> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    List<LabelledStatement> rows = new ArrayList<>();
    boolean first = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.replace("\r", "");
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (first) {
        first = false;
        if (fields.length >= 3 && fields[2].trim().equalsIgnoreCase("class_label")) {
          continue;
        }
      }
      if (fields.length < 3) {
        throw new IOException("line without three tab-separated fields in " + file + ": " + line);
      }
      String label = fields[fields.length - 1].trim();
      String text =
          unquote(
              fields.length == 3
                  ? fields[1]
                  : String.join("\t", List.of(fields).subList(1, fields.length - 1)));
      rows.add(new LabelledStatement(text, label.equalsIgnoreCase("yes") || label.equals("1")));
    }
    return rows;
  }

  private static String unquote(String field) {
    String f = field.trim();
    if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
      return f.substring(1, f.length() - 1).replace("\"\"", "\"");
    }
    return f;
  }
}
