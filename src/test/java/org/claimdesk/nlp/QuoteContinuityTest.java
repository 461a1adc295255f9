package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteContinuityTest {
  private static List<ExtractedItem> items(String text) {
    return new ClaimExtractor().extract(text, new ExtractionRequest(null, null, null)).items();
  }

  @Test
  void a_paragraph_all_quotation_after_an_attributed_quote_keeps_its_speaker() {
    List<ExtractedItem> items =
        items(
            "The storm hit the harbour on Monday, the port said.\n\n"
                + "\"Two boats were damaged in the storm,\" said port spokeswoman Ingrid Solberg.\n\n"
                + "\"Repairs have started and the ferry will run again next week.\"\n\n"
                + "The town council meets on Friday.\n");
    ExtractedItem quote =
        items.stream().filter(i -> i.text().contains("Repairs have started")).findFirst().get();
    assertThat(quote.speaker()).isNotNull();
    assertThat(quote.speaker().name()).contains("Ingrid Solberg");
    ExtractedItem council =
        items.stream().filter(i -> i.text().contains("council meets")).findFirst().orElse(null);
    assertThat(council == null || council.speaker() == null).isTrue();
  }
}
