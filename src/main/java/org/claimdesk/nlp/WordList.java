package org.claimdesk.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list kept as data: one entry a line in {@code org/claimdesk/nlp/lists/NAME.txt}, read once
 * when the class that needs it is loaded.
 */
final class WordList {
  static final String FOLDER = "/org/claimdesk/nlp/lists/";

  private WordList() {}

  /** The entries of a list in file order. */
  static List<String> lines(String name) {
    String path = FOLDER + name + ".txt";
    try (InputStream in = WordList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the jar: " + path);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  static Set<String> set(String name) {
    return Set.copyOf(lines(name));
  }

  /** A list of "key value" lines, such as a participle and its past tense. */
  static Map<String, String> pairs(String name) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines(name)) {
      int space = line.indexOf(' ');
      if (space < 0) {
        throw new IllegalStateException("word list " + name + " needs two words a line: " + line);
      }
      map.put(line.substring(0, space), line.substring(space + 1).strip());
    }
    return Map.copyOf(map);
  }

  /** The alternatives of a regular expression, longest first so that "Kyodo News" beats "Kyodo". */
  static String alternation(List<String> entries) {
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder b = new StringBuilder();
    for (String entry : sorted) {
      if (!b.isEmpty()) {
        b.append('|');
      }
      b.append(java.util.regex.Pattern.quote(entry));
    }
    return b.toString();
  }
}
