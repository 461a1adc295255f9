package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The document's own voice belongs to the body issuing a release or the reader signing a letter.
 */
class DocumentVoiceTest {

  @Test
  void uncued_sentences_of_a_press_release_belong_to_the_body_named_in_its_lead() {
    Extraction release = Articles.EXTRACTOR.extract(Articles.fixture("press-release.txt"), null);
    ExtractedItem denial = Articles.itemStartingWith(release, "The report is false");
    assertThat(denial.speaker().name()).isEqualTo("Harbour Authority of Westland");
    assertThat(denial.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(denial.claim())
        .isEqualTo(
            "Harbour Authority of Westland said the report is false and misleads the travelling"
                + " public.");
    assertThat(Articles.itemStartingWith(release, "We urge").speaker().name())
        .isEqualTo("Harbour Authority of Westland");
  }

  @Test
  void the_opinions_of_a_letter_belong_to_the_reader_who_signs_it() {
    Extraction letter = Articles.EXTRACTOR.extract(Articles.fixture("signed-letter.txt"), null);
    ExtractedItem opinion = Articles.itemStartingWith(letter, "Planners ignore");
    assertThat(opinion.speaker().name()).isEqualTo("Margaret Olsen");
    assertThat(opinion.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(Articles.itemStartingWith(letter, "I have lived").speaker().name())
        .isEqualTo("Margaret Olsen");
  }

  @Test
  void a_news_story_that_ends_with_a_name_or_cites_a_press_release_keeps_the_outlet_voice() {
    Extraction story =
        Articles.EXTRACTOR.extract(
            """
            Bridge on Mill Road closes for repairs

            The Mill Road bridge closed on Monday for six weeks of repairs.

            The county works department said in a press release that crews would replace the deck.

            Drivers are being sent through Oak Street, where traffic was heavy by noon.

            Peter Vance
            """,
            null);
    assertThat(Articles.itemStartingWith(story, "Drivers are being sent").speaker()).isNull();
    assertThat(Articles.itemStartingWith(story, "The Mill Road bridge").speaker()).isNull();
  }
}
