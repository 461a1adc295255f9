package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  static List<TaggedSentence> sentences(String text) {
    return SentenceSplitter.split(text, 0, text.length(), NlpModels.shared().tools()).sentences();
  }

  static String textOf(String text, TaggedSentence s) {
    return text.substring(s.start, s.end);
  }

  @Test
  void a_title_or_country_abbreviation_does_not_end_the_sentence() {
    String text =
        "The plan was drafted by the U.S. State Department. Sen. Alma Reyes said it was weak.";
    List<TaggedSentence> found = sentences(text);
    assertThat(found)
        .extracting(s -> textOf(text, s))
        .containsExactly(
            "The plan was drafted by the U.S. State Department.",
            "Sen. Alma Reyes said it was weak.");
  }

  @Test
  void a_question_in_quotes_stays_with_its_short_attribution() {
    String text = "\"Why not now?\" Reyes asked. The vote is on Friday.";
    assertThat(sentences(text))
        .extracting(s -> textOf(text, s))
        .containsExactly("\"Why not now?\" Reyes asked.", "The vote is on Friday.");
  }

  @Test
  void an_opening_quote_glued_to_the_last_word_of_a_paragraph_starts_a_sentence() {
    String text =
        "The ferry reached the island of Vell“We made it!” the captain said on the radio.";
    assertThat(sentences(text))
        .extracting(s -> textOf(text, s))
        .containsExactly(
            "The ferry reached the island of Vell", "“We made it!” the captain said on the radio.");
    String spaced = "The captain said “We made it” on the radio.";
    assertThat(sentences(spaced)).hasSize(1);
    String attribution = "According to the captain“We made it,” he said.";
    assertThat(sentences(attribution)).hasSize(1);
  }

  @Test
  void a_quotation_open_at_the_end_of_a_sentence_is_known_to_the_next() {
    String text = "\"The ferries are old. They break down every week,\" Reyes said.";
    List<TaggedSentence> found = sentences(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).endsInQuote).isTrue();
    assertThat(found.get(1).startsInQuote).isTrue();
  }

  @Test
  void overlong_passages_are_counted_and_skipped() {
    String text = "word ".repeat(StatementFinder.LONGEST_SENTENCE) + "end.";
    SentenceSplitter.Split split =
        SentenceSplitter.split(text, 0, text.length(), NlpModels.shared().tools());
    assertThat(split.sentences()).isEmpty();
    assertThat(split.skipped()).isEqualTo(1);
  }

  @Test
  void two_apostrophes_quote_like_a_double_quote_mark_and_keep_the_offsets() {
    String text = "''The ferries are old. They break down every week,'' Reyes said.";
    List<TaggedSentence> found = sentences(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).quoted[1]).isTrue();
    assertThat(found.get(1).startsInQuote).isTrue();
    TaggedSentence second = found.get(1);
    int reyes = java.util.Arrays.asList(second.tokens).indexOf("Reyes");
    assertThat(second.quoted[reyes]).isFalse();
    assertThat(text.substring(second.starts[reyes], second.ends[reyes])).isEqualTo("Reyes");
  }

  @Test
  void a_capitalised_word_tagged_as_an_auxiliary_is_a_name_unless_it_is_one() {
    String[] tokens = {"Will", "Musk", "said", "it", "must", "wait"};
    int[] starts = {0, 5, 10, 15, 18, 23};
    int[] ends = {4, 9, 14, 17, 22, 27};
    String[] tags = {"AUX", "AUX", "VERB", "PRON", "AUX", "VERB"};
    TaggedSentence s = new TaggedSentence(0, 27, tokens, starts, ends, tags, false);
    assertThat(s.tags).containsExactly("AUX", "PROPN", "VERB", "PRON", "AUX", "VERB");
  }

  @Test
  void a_middle_initial_does_not_end_the_sentence() {
    assertThat(sentences("Roxana M. Leon, 63, said she wanted change. The polls opened at 8."))
        .hasSize(2);
  }
}
