package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Speakers carried across sentences and paragraphs, relays and page furniture, on fixtures. */
class SpeakerContinuityTest {
  static Extraction port;
  static Extraction transcript;

  @BeforeAll
  static void extract() {
    port = Articles.EXTRACTOR.extract(Articles.fixture("relayed-and-continued.txt"), null);
    transcript = Articles.EXTRACTOR.extract(Articles.fixture("transcript-opening.txt"), null);
  }

  @Test
  void capture_date_version_tag_byline_dateline_trailing_credit_and_comment_form_are_left_out() {
    assertThat(port.boilerplate())
        .extracting(MarkedSpan::text)
        .contains(
            "date 2024-05-02",
            "(2nd LD)",
            "By Lena Marsh",
            "HARBORTON:",
            "(Reporting by Lena Marsh; Editing by Tom Reyes)",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *");
    assertThat(port.items())
        .extracting(ExtractedItem::text)
        .noneMatch(
            t -> t.contains("Reporting by") || t.contains("HARBORTON") || t.contains("Reply"));
    assertThat(port.publishedDate()).hasToString("2024-05-02");
  }

  @Test
  void the_agency_is_the_body_named_before() {
    ExtractedItem agency = Articles.itemStartingWith(port, "The agency said");
    assertThat(agency.speaker().name()).isEqualTo("Harbor Authority of Eastvale");
    assertThat(agency.speaker().mention()).isEqualTo("The agency");
    assertThat(agency.claim())
        .isEqualTo("Harbor Authority of Eastvale said the increase would pay for two new boats.");
  }

  @Test
  void a_quotation_paragraph_and_but_added_keep_the_speaker() {
    assertThat(Articles.itemStartingWith(port, "\"Passengers deserve").speaker().name())
        .isEqualTo("Ines Caldo");
    ExtractedItem added = Articles.itemStartingWith(port, "added that cash");
    assertThat(added.speaker().name()).isEqualTo("Ines Caldo");
    assertThat(added.claim()).isEqualTo("Ines Caldo said cash would still be accepted.");
  }

  @Test
  void a_quote_relayed_by_another_outlet_names_the_speaker_and_the_outlet() {
    ExtractedItem quoted = Articles.itemStartingWith(port, "\"The fees will not rise");
    assertThat(quoted.speaker().name()).isEqualTo("Ines Caldo");
    assertThat(quoted.speaker().via()).isEqualTo("Eastvale Courier");
    assertThat(quoted.claim()).startsWith("Ines Caldo said (as reported by Eastvale Courier)");
  }

  @Test
  void unnamed_people_are_anonymous_sources_and_their_claim_is_the_content() {
    ExtractedItem officials = Articles.itemStartingWith(port, "Officials said");
    assertThat(officials.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(officials.claim()).isEqualTo("The plan had been approved by the board.");
    String original = Articles.fixture("relayed-and-continued.txt");
    assertThat(original.substring(officials.content().start(), officials.content().end()))
        .isEqualTo("the plan had been approved by the board.");

    ExtractedItem cited = Articles.itemStartingWith(port, "Ferry traffic grew");
    assertThat(cited.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(cited.speaker().via()).isEqualTo("newspaper");
    assertThat(cited.claim()).isEqualTo("Ferry traffic grew by a fifth last year.");
  }

  @Test
  void a_transcript_opening_belongs_to_the_first_answer_and_the_question_relays_a_claim() {
    List<ExtractedItem> items = transcript.items();
    assertThat(Articles.itemStartingWith(transcript, "I am glad").speaker().name())
        .isEqualTo("Minister of Culture");
    assertThat(Articles.itemStartingWith(transcript, "We will sign").speaker().name())
        .isEqualTo("Minister of Culture");
    assertThat(items)
        .filteredOn(i -> i.text().contains("agreement was rushed"))
        .singleElement()
        .satisfies(i -> assertThat(i.speaker().name()).isEqualTo("Ozols"));
    assertThat(Articles.itemStartingWith(transcript, "I respect").speaker().name())
        .isEqualTo("Minister of Culture");
  }

  @Test
  void they_after_an_opening_when_clause_is_that_clause_s_subject() {
    Extraction harbour =
        Articles.EXTRACTOR.extract(
            "Dock workers closed the north gate at noon on Tuesday.\n\n"
                + "When local residents gathered outside, they told officers that the crane had"
                + " been failing for weeks.\n\n"
                + "When the unions met on Wednesday, they said the strike would go ahead.",
            null);
    ExtractedItem residents = Articles.itemStartingWith(harbour, "When local residents");
    assertThat(residents.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(residents.speaker().name()).isNull();
    ExtractedItem unions = Articles.itemStartingWith(harbour, "When the unions");
    assertThat(unions.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(unions.speaker().name()).isEqualTo("unions");
  }
}
