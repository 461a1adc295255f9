package org.claimdesk.nlp;

/**
 * Cleaned text with a map from each of its characters back to the original input, so that every
 * span found in the cleaned text can be reported against what the editor pasted.
 */
final class SourceText {
  final String text;
  // Null when the cleaned text has the same offsets as the original (plain text).
  private final int[] originalStarts;
  private final int[] originalEnds;
  private final int originalLength;

  SourceText(String text, int[] originalStarts, int[] originalEnds, int originalLength) {
    this.text = text;
    this.originalStarts = originalStarts;
    this.originalEnds = originalEnds;
    this.originalLength = originalLength;
  }

  static SourceText plain(String text, int originalLength) {
    return new SourceText(text, null, null, originalLength);
  }

  /** The original offset of the cleaned span's start. */
  int originalStart(int cleanStart) {
    if (originalStarts == null) {
      return cleanStart;
    }
    if (cleanStart >= originalStarts.length) {
      return originalLength;
    }
    return originalStarts[cleanStart];
  }

  /** The original offset just after the cleaned span's last character. */
  int originalEnd(int cleanEnd) {
    if (originalEnds == null) {
      return cleanEnd;
    }
    if (cleanEnd <= 0) {
      return originalStarts.length == 0 ? 0 : originalStarts[0];
    }
    return originalEnds[Math.min(cleanEnd, originalEnds.length) - 1];
  }

  TextSpan toOriginal(int cleanStart, int cleanEnd) {
    int s = originalStart(cleanStart);
    int e = Math.max(s, originalEnd(cleanEnd));
    return new TextSpan(s, e);
  }
}
