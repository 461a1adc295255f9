package org.claimdesk.nlp;

import java.time.LocalDate;

/** What the caller knows about a document besides its text; every field may be null. */
public record ExtractionRequest(String title, LocalDate publishedDate, String outlet) {
  public static ExtractionRequest none() {
    return new ExtractionRequest(null, null, null);
  }

  public static ExtractionRequest publishedOn(LocalDate date) {
    return new ExtractionRequest(null, date, null);
  }
}
