package org.claimdesk.nlp;

/**
 * What a person reads of a document: for HTML, the text without tags, scripts, styles and
 * navigation (as extraction read it), with a map back to the original offsets that items carry;
 * plain text is its own readable text.
 */
public final class ReadableText {

  private final SourceText source;
  private final boolean fromHtml;

  private ReadableText(SourceText source, boolean fromHtml) {
    this.source = source;
    this.fromHtml = fromHtml;
  }

  public static ReadableText of(String original) {
    if (!HtmlText.looksLikeHtml(original)) {
      return new ReadableText(SourceText.plain(original, original.length()), false);
    }
    return new ReadableText(new HtmlText(original).source, true);
  }

  /** True when the original was HTML, so that the readable text differs from it. */
  public boolean fromHtml() {
    return fromHtml;
  }

  public String text() {
    return source.text;
  }

  /**
   * The readable offset of an original one: the first readable character that comes from at or
   * after {@code originalOffset} (the readable length when none does).
   */
  public int readableOffset(int originalOffset) {
    if (!fromHtml) {
      return Math.max(0, Math.min(originalOffset, source.text.length()));
    }
    int low = 0;
    int high = source.text.length();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (source.originalStart(mid) < originalOffset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
