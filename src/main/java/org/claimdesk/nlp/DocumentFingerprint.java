package org.claimdesk.nlp;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The text of a document as duplicate detection compares it: boilerplate (cookie notices, share
 * lines, ...) left out, Unicode compatibility forms folded, lower case, and only the letters and
 * digits of each word kept, one space between words. Copies that differ in whitespace, punctuation,
 * quotes or boilerplate have the same fingerprint.
 */
public final class DocumentFingerprint {
  private DocumentFingerprint() {}

  /** The normalised text, without the given boilerplate spans of the original. */
  public static String of(String text, List<MarkedSpan> boilerplate) {
    StringBuilder kept = new StringBuilder(text.length());
    int at = 0;
    for (MarkedSpan span :
        boilerplate.stream().sorted(Comparator.comparingInt(MarkedSpan::start)).toList()) {
      int start = Math.max(at, Math.min(span.start(), text.length()));
      kept.append(text, at, start).append(' ');
      at = Math.max(at, Math.min(span.end(), text.length()));
    }
    kept.append(text, at, text.length());
    String folded = Normalizer.normalize(kept, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else if (Character.isWhitespace(c)) {
        // Punctuation between letters ("U.S.", "co-operate") joins them; spaces separate words.
        space = true;
      }
    }
    return out.toString();
  }
}
