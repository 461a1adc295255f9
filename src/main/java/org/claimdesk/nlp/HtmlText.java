package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns HTML into plain text while remembering, for each output character, where it came from. A
 * single forward scan keeps the cost linear even for pages full of scripts; block elements become
 * line breaks so that paragraphs, headings and captions stay on lines of their own.
 */
final class HtmlText {
  private static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile(
          "<(?:!doctype|html|body|head|div|p|span|script|style|article|section|nav|h[1-6]|br|a\\s|li|ul|table|figure|meta|title)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "noscript", "template", "svg", "iframe", "head", "select", "button");
  private static final Set<String> NAVIGATION = Set.of("nav", "footer", "aside", "form", "menu");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "tr",
          "td",
          "th",
          "table",
          "section",
          "article",
          "header",
          "main",
          "figure",
          "figcaption",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "dd",
          "dt",
          "dl",
          "pre",
          "title",
          "caption",
          "address",
          "time");

  final SourceText source;
  final List<MarkedSpan> navigation = new ArrayList<>();
  final List<int[]> headingRanges = new ArrayList<>();
  final List<int[]> captionRanges = new ArrayList<>();

  private final String html;
  private final StringBuilder out;
  private int[] starts;
  private int[] ends;

  static boolean looksLikeHtml(String text) {
    return LOOKS_LIKE_HTML
        .matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text)
        .find();
  }

  HtmlText(String html) {
    this.html = html;
    this.out = new StringBuilder(html.length() / 2);
    this.starts = new int[Math.max(16, html.length() / 2)];
    this.ends = new int[starts.length];
    scan();
    this.source =
        new SourceText(
            out.toString(),
            Arrays.copyOf(starts, out.length()),
            Arrays.copyOf(ends, out.length()),
            html.length());
  }

  private void scan() {
    int n = html.length();
    int headingStart = -1;
    int captionStart = -1;
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        if (html.startsWith("<!--", i)) {
          int close = html.indexOf("-->", i + 4);
          i = close < 0 ? n : close + 3;
          continue;
        }
        int j = i + 1;
        boolean closing = j < n && html.charAt(j) == '/';
        if (closing) {
          j++;
        }
        int nameStart = j;
        while (j < n && Character.isLetterOrDigit(html.charAt(j)) && j - nameStart < 20) {
          j++;
        }
        if (j == nameStart && !(j < n && html.charAt(j) == '!')) {
          emit(c, i, i + 1);
          i++;
          continue;
        }
        String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
        int tagEnd = html.indexOf('>', j);
        int after = tagEnd < 0 ? n : tagEnd + 1;
        if (!closing && (SKIPPED.contains(name) || NAVIGATION.contains(name))) {
          int end = skipElement(name, after);
          if (NAVIGATION.contains(name)) {
            String shown =
                html.substring(i, Math.min(end, i + 2_000))
                    .replaceAll("<[^>]*>", " ")
                    .replaceAll("\\s+", " ")
                    .trim();
            navigation.add(
                new MarkedSpan(
                    i, end, shown.length() > 200 ? shown.substring(0, 200) : shown, "navigation"));
          }
          newline(i);
          i = end;
          continue;
        }
        if (BLOCKS.contains(name)) {
          newline(i);
          if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            if (!closing) {
              headingStart = out.length();
            } else if (headingStart >= 0) {
              headingRanges.add(new int[] {headingStart, out.length()});
              headingStart = -1;
            }
          } else if (name.equals("figcaption")) {
            if (!closing) {
              captionStart = out.length();
            } else if (captionStart >= 0) {
              captionRanges.add(new int[] {captionStart, out.length()});
              captionStart = -1;
            }
          }
        }
        i = after;
      } else if (c == '&') {
        i = entity(i);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        emit(' ', i, i + 1);
        i++;
      } else {
        emit(c, i, i + 1);
        i++;
      }
    }
  }

  private int skipElement(String name, int from) {
    int close = indexOfIgnoreCase(html, "</" + name, from);
    if (close < 0) {
      return html.length();
    }
    int gt = html.indexOf('>', close);
    return gt < 0 ? html.length() : gt + 1;
  }

  private static int indexOfIgnoreCase(String text, String needle, int from) {
    int last = text.length() - needle.length();
    char first = needle.charAt(0);
    for (int i = from; i <= last; i++) {
      if (text.charAt(i) == first && text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private int entity(int i) {
    int semi = -1;
    for (int k = i + 1; k < Math.min(html.length(), i + 12); k++) {
      char ch = html.charAt(k);
      if (ch == ';') {
        semi = k;
        break;
      }
      if (!Character.isLetterOrDigit(ch) && ch != '#') {
        break;
      }
    }
    if (semi < 0) {
      emit('&', i, i + 1);
      return i + 1;
    }
    String name = html.substring(i + 1, semi);
    String decoded = decode(name);
    if (decoded == null) {
      emit('&', i, i + 1);
      return i + 1;
    }
    for (int k = 0; k < decoded.length(); k++) {
      emit(decoded.charAt(k), i, semi + 1);
    }
    return semi + 1;
  }

  private static String decode(String name) {
    if (name.startsWith("#")) {
      try {
        int code =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        if (code == 0 || !Character.isValidCodePoint(code)) {
          return " ";
        }
        return new String(Character.toChars(code));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp", "ensp", "emsp", "thinsp" -> " ";
      case "mdash" -> "—";
      case "ndash" -> "–";
      case "hellip" -> "…";
      case "lsquo" -> "‘";
      case "rsquo" -> "’";
      case "ldquo" -> "“";
      case "rdquo" -> "”";
      case "copy" -> "©";
      case "euro" -> "€";
      case "pound" -> "£";
      case "yen" -> "¥";
      case "cent" -> "¢";
      case "deg" -> "°";
      case "reg" -> "®";
      case "trade" -> "™";
      case "laquo" -> "«";
      case "raquo" -> "»";
      case "bull", "middot" -> "·";
      case "times" -> "×";
      case "shy", "zwj", "zwnj" -> "";
      default -> null;
    };
  }

  private void newline(int at) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      emit('\n', at, at);
    }
  }

  private void emit(char c, int start, int end) {
    int k = out.length();
    if (k == starts.length) {
      starts = Arrays.copyOf(starts, k * 2);
      ends = Arrays.copyOf(ends, k * 2);
    }
    out.append(c);
    starts[k] = start;
    ends[k] = end;
  }
}
