package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private final ClaimExtractor extractor = Articles.EXTRACTOR;

  @Test
  void empty_whitespace_and_null_text_get_a_clear_message() {
    for (String text : new String[] {null, "", "   \n\t  \n"}) {
      Extraction extraction = extractor.extract(text, null);
      assertThat(extraction.supported()).isFalse();
      assertThat(extraction.message()).contains("empty");
      assertThat(extraction.items()).isEmpty();
    }
  }

  @Test
  void binary_data_is_refused_with_a_message() {
    StringBuilder binary = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      binary.append((char) (i % 7 == 0 ? 0 : 'A' + i % 26)).append('\u0003');
    }
    Extraction extraction = extractor.extract(binary.toString(), null);
    assertThat(extraction.supported()).isFalse();
    assertThat(extraction.message()).contains("binary");
  }

  @Test
  void a_few_stray_nul_bytes_do_not_stop_the_analysis_or_move_offsets() {
    String text = "The mayor said on Monday\u0000 that 40 bridges had been closed.\u0000";
    Extraction extraction =
        extractor.extract(text, ExtractionRequest.publishedOn(LocalDate.of(2024, 1, 10)));
    assertThat(extraction.supported()).isTrue();
    ExtractedItem item = extraction.items().get(0);
    assertThat(text.substring(item.start(), item.end()))
        .startsWith("The mayor said")
        .endsWith("closed.");
  }

  @Test
  void html_that_is_all_script_gives_a_message_not_items() {
    String html =
        "<html><head><script>"
            + "var said = 'The minister said 5 things.';".repeat(5_000)
            + "</script></head><body><script>alert('x said y')</script></body></html>";
    Extraction extraction = extractor.extract(html, null);
    assertThat(extraction.items()).isEmpty();
    assertThat(extraction.message()).isNotBlank();
  }

  @Test
  void a_single_line_of_100000_characters_without_punctuation_is_reported_not_analysed() {
    String line = "the council and the mayor of the town ".repeat(2_700);
    Extraction extraction = extractor.extract(line, null);
    assertThat(extraction.supported()).isTrue();
    assertThat(extraction.items()).isEmpty();
    assertThat(extraction.message()).contains("without a sentence break");
  }

  @Test
  void a_single_line_of_100000_characters_of_prose_is_analysed() {
    String line =
        "The council said it had spent 3 million dollars on roads last year. ".repeat(1_500);
    assertThat(line.length()).isGreaterThan(100_000);
    Extraction extraction = extractor.extract(line, null);
    assertThat(extraction.items()).hasSize(1_500);
    assertThat(extraction.items().get(0).speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void a_20_megabyte_text_is_cut_with_a_warning() {
    String paragraph = "Officials said the port handled 12 million tonnes of cargo in 2023.\n";
    String text = paragraph.repeat(20 * 1024 * 1024 / paragraph.length() + 1);
    Extraction extraction = extractor.extract(text, null);
    assertThat(extraction.supported()).isTrue();
    assertThat(extraction.message()).contains("Only the first 2,000,000");
    assertThat(extraction.items()).isNotEmpty();
    assertThat(extraction.items().get(extraction.items().size() - 1).end())
        .isLessThanOrEqualTo(ClaimExtractor.LONGEST_INPUT);
  }

  @Test
  void text_in_other_languages_is_not_supported_yet() {
    String chinese = "美国和乌克兰代表周日表示，他们在日内瓦就结束俄乌冲突的28点计划进行的会谈取得了进展，但细节仍未确定。";
    String french =
        "Le ministre a déclaré que les négociations avec les partenaires européens sont dans une"
            + " phase difficile et que la France ne signera pas le texte.";
    String arabic =
        "قال وزير الخارجية إن المحادثات في جنيف حققت تقدما كبيرا وإن الجانبين سيواصلان العمل في"
            + " الأيام المقبلة.";
    assertThat(extractor.extract(chinese, null))
        .satisfies(
            e -> {
              assertThat(e.supported()).isFalse();
              assertThat(e.language()).isEqualTo("zh");
              assertThat(e.message()).contains("not supported yet");
              assertThat(e.items()).isEmpty();
            });
    assertThat(extractor.extract(french, null).language()).isEqualTo("fr");
    assertThat(extractor.extract(french, null).supported()).isFalse();
    assertThat(extractor.extract(arabic, null).language()).isEqualTo("ar");
  }

  @Test
  void english_with_a_right_to_left_quotation_and_other_scripts_is_analysed() {
    String text =
        "The minister said the slogan \"סוף למלחמה\" appeared on 300 posters in Tel Aviv last"
            + " week.\n"
            + "北京 (Beijing) officials said the exhibition drew 40,000 visitors.";
    Extraction extraction =
        extractor.extract(text, ExtractionRequest.publishedOn(LocalDate.of(2024, 2, 1)));
    assertThat(extraction.supported()).isTrue();
    assertThat(extraction.items()).hasSize(2);
    for (ExtractedItem item : extraction.items()) {
      assertThat(text.substring(item.start(), item.end())).isEqualTo(item.text());
    }
  }

  @Test
  void a_lone_number_or_symbol_soup_is_not_english() {
    assertThat(extractor.extract("12345 67890 ###", null).supported()).isFalse();
  }
}
