package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of analysing one document. When {@code supported} is false, {@code message} says why
 * in plain language and there are no items; a supported result may still carry a message (a
 * warning).
 */
public record Extraction(
    String language,
    boolean supported,
    String message,
    LocalDate publishedDate,
    List<MarkedSpan> boilerplate,
    List<MarkedSpan> captions,
    List<MarkedSpan> headings,
    List<WireCredit> wireCredits,
    List<ExtractedItem> items) {
  public Extraction {
    boilerplate = List.copyOf(boilerplate);
    captions = List.copyOf(captions);
    headings = List.copyOf(headings);
    wireCredits = List.copyOf(wireCredits);
    items = List.copyOf(items);
  }

  static Extraction unsupported(String language, String message) {
    return new Extraction(
        language, false, message, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
