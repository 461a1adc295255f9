package org.claimdesk.nlp;

/** A half-open range of character offsets [start, end) into the original input text. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }
}
