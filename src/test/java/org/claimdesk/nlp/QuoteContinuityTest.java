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

  @Test
  void a_writer_announced_with_a_colon_speaks_the_whole_next_paragraph() {
    List<ExtractedItem> items =
        items(
            "Ferry bookings rose by a third in the spring. Courier reporter Ines Caldo"
                + " writes:\n"
                + "On the northern route, bookings rose 40 percent to 2.1 million. The southern"
                + " route, which includes the night ferry, cut its losses to 3 million euros.\n"
                + "The harbour will close for a month in winter, the port authority said.\n");
    for (String key : List.of("bookings rose 40 percent", "cut its losses")) {
      ExtractedItem item = items.stream().filter(i -> i.text().contains(key)).findFirst().get();
      assertThat(item.speaker().name()).isEqualTo("Ines Caldo");
    }
    ExtractedItem harbour =
        items.stream().filter(i -> i.text().contains("harbour will close")).findFirst().get();
    assertThat(harbour.speaker().name()).contains("port authority");
  }
}
