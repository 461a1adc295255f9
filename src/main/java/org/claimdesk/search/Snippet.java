package org.claimdesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of found text as plain parts, each marked as a match or not, so that a page shows the
 * matches highlighted without ever treating the text as HTML.
 */
public record Snippet(List<Part> parts) {

  /** Plain text, a match of the query or not. */
  public record Part(String text, boolean match) {}

  // Control characters, not tags, mark the matches: a "<em>" written in an article stays text. A
  // stray control character in a text can at worst mark the wrong words, never inject markup.
  static final String START = "\u0001";
  static final String END = "\u0002";

  public Snippet {
    parts = List.copyOf(parts);
  }

  /** A snippet with no match, e.g. a statement found by its speaker. */
  static Snippet plain(String text) {
    return new Snippet(List.of(new Part(text, false)));
  }

  /** Reads the highlighter's output, where matches are between {@link #START} and {@link #END}. */
  static Snippet parse(String highlighted) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < highlighted.length()) {
      int start = highlighted.indexOf(START, at);
      if (start < 0) {
        parts.add(new Part(highlighted.substring(at), false));
        break;
      }
      if (start > at) {
        parts.add(new Part(highlighted.substring(at, start), false));
      }
      int end = highlighted.indexOf(END, start);
      if (end < 0) {
        parts.add(new Part(highlighted.substring(start + 1), true));
        break;
      }
      parts.add(new Part(highlighted.substring(start + 1, end), true));
      at = end + 1;
    }
    return new Snippet(parts.stream().filter(p -> !p.text().isEmpty()).toList());
  }

  /** The snippet's text, matches included, without marks. */
  public String text() {
    StringBuilder s = new StringBuilder();
    parts.forEach(p -> s.append(p.text()));
    return s.toString();
  }
}
