package org.claimdesk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Import files for tests, written from generated articles. */
public final class ImportFiles {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ImportFiles() {}

  /** One JSON Lines record of an article with no address. */
  public static String article(String title, String outlet, String publishedDate, String text) {
    var row = new java.util.LinkedHashMap<String, Object>();
    row.put("title", title);
    row.put("outlet", outlet);
    row.put("publishedDate", publishedDate);
    row.put("text", text);
    return JSON.writeValueAsString(row);
  }

  public static String jsonLine(long seed, int words) {
    var row = new java.util.LinkedHashMap<String, Object>();
    row.put("title", GeneratedArticles.title(seed));
    row.put("outlet", "The Test Courier");
    row.put("url", "https://courier.example/" + seed);
    row.put("publishedDate", "2026-03-14");
    row.put("text", GeneratedArticles.text(seed, words));
    return JSON.writeValueAsString(row);
  }

  /** {@code count} articles from {@code firstSeed} on, one a line. */
  public static Path jsonLines(Path file, long firstSeed, int count, int words) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(jsonLine(firstSeed + i, words));
    }
    return write(file, String.join("\n", lines) + "\n");
  }

  static Path write(Path file, String text) {
    try {
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
