package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSegmenterTest {
  private static List<StatementFinder.Statement> segment(String text) {
    SpeakerResolver speakers = new SpeakerResolver(text);
    StatementSegmenter segmenter = new StatementSegmenter(text, new CueFinder(text), speakers);
    return segmenter.analyse(SentenceSplitterTest.sentences(text).get(0)).statements();
  }

  @Test
  void a_participle_adds_a_second_statement_of_the_same_speaker() {
    List<StatementFinder.Statement> found =
        segment("Ines Caldo said the fees would rise, noting that the boats were old.");
    assertThat(found).hasSize(2);
    assertThat(found).extracting(st -> st.speaker.name()).containsOnly("Ines Caldo");
    assertThat(found.get(1).text).isEqualTo("Ines Caldo noted that the boats were old.");
  }

  @Test
  void but_added_keeps_the_speaker_of_the_first_clause() {
    List<StatementFinder.Statement> found =
        segment(
            "Ines Caldo said the machines would be replaced, but added that cash was accepted.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speaker.name()).isEqualTo("Ines Caldo");
    assertThat(found.get(1).cue).isEqualTo("added");
  }

  @Test
  void citing_makes_the_cited_source_the_speaker_and_the_outlet_its_via() {
    List<StatementFinder.Statement> found =
        segment(
            "Traffic grew last year, the newspaper said, citing people familiar with the data.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker.kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(found.get(0).speaker.via()).isEqualTo("newspaper");
  }

  @Test
  void a_sentence_without_cue_is_the_outlets_assertion() {
    List<StatementFinder.Statement> found = segment("The bridge reopened on Monday after repairs.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker).isNull();
    assertThat(found.get(0).attribution).isEqualTo(Attribution.ASSERTION);
  }

  @Test
  void one_of_the_unnamed_people_is_an_anonymous_source() {
    List<StatementFinder.Statement> found =
        segment("The harbour fees could double next year, one of the people said.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker.kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(found.get(0).contentTo).isLessThan(found.get(0).sentence.size() - 3);
  }

  @Test
  void media_reports_that_suggest_something_are_an_unattributed_report() {
    List<StatementFinder.Statement> found =
        segment("Local media reports suggested that the ferry line would close in June.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker.kind()).isEqualTo(SpeakerKind.UNATTRIBUTED_REPORT);
    assertThat(found.get(0).cue).isEqualTo("suggested");
  }

  @Test
  void a_passive_report_by_a_named_body_names_it() {
    List<StatementFinder.Statement> found =
        segment(
            "The plan could include a new bridge, as previously reported by the Eastvale Courier.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker.name()).isEqualTo("Eastvale Courier");
    String text = "It was announced by the Eastvale Port Authority that the fees would rise.";
    StatementFinder.Statement announced = segment(text).get(0);
    assertThat(announced.speaker.name()).isEqualTo("Eastvale Port Authority");
    TaggedSentence s = announced.sentence;
    assertThat(text.substring(s.starts[announced.contentFrom], s.ends[announced.contentTo - 1]))
        .isEqualTo("the fees would rise.");
  }

  @Test
  void a_clause_of_its_own_with_a_new_speaker_is_a_second_statement() {
    List<StatementFinder.Statement> found =
        segment(
            "Talks between the ports began in March and local media reports suggested that the"
                + " ferry line would close.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).speaker).isNull();
    assertThat(found.get(0).text).isEqualTo("Talks between the ports began in March");
    assertThat(found.get(1).speaker.kind()).isEqualTo(SpeakerKind.UNATTRIBUTED_REPORT);
  }

  @Test
  void what_unnamed_analysts_expected_is_their_view_as_anonymous_sources() {
    List<StatementFinder.Statement> found =
        segment("Analysts had expected ferry bookings to fall as the winter fares rose.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker.kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
    assertThat(found.get(0).cue).isEqualTo("expected");
  }

  @Test
  void a_stance_verb_without_unnamed_people_is_no_cue() {
    assertThat(segment("The harbour is expected to close in May.").get(0).speaker).isNull();
    List<StatementFinder.Statement> found =
        segment("Some experts fear the ferry fares will double, according to the port authority.");
    assertThat(found.get(0).speaker.name()).isEqualTo("port authority");
  }

  @Test
  void a_body_that_expects_something_gives_its_forecast() {
    List<StatementFinder.Statement> found =
        segment("Quillmark Ferries expects to carry two million passengers next year.");
    assertThat(found.get(0).speaker.name()).isEqualTo("Quillmark Ferries");
    assertThat(segment("A man suspected of arson was held.").get(0).speaker).isNull();
  }

  @Test
  void telling_reporters_gives_the_quotation_to_the_person_who_told_them() {
    StatementFinder.Statement told =
        segment(
                "Harbour Minister Ines Caldo rejected the calls to resign, telling reporters at the"
                    + " quay on Friday, \"Nobody has to take the blame for the storm.\"")
            .getLast();
    assertThat(told.speaker.name()).isEqualTo("Ines Caldo");
    assertThat(told.cue).isEqualTo("told");
    assertThat(told.attribution).isEqualTo(Attribution.DIRECT_QUOTE);
  }

  @Test
  void concluded_after_a_quotation_names_its_speaker() {
    List<StatementFinder.Statement> found =
        segment("\"We will be back next season,\" Ines Caldo concluded.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker.name()).isEqualTo("Ines Caldo");
  }

  @Test
  void the_outlets_comment_after_a_results_report_has_no_speaker() {
    List<StatementFinder.Statement> found =
        segment(
            "Harlow Foods reported a 12 percent fall in quarterly profit on Wednesday, hit by"
                + " higher grain prices, and its shares dropped 4 percent.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).speaker.name()).isEqualTo("Harlow Foods");
    assertThat(found.get(0).text).endsWith("on Wednesday");
    assertThat(found.get(1).speaker).isNull();
    assertThat(found.get(1).text).startsWith("hit by higher grain prices");
  }

  @Test
  void what_a_person_said_after_a_comma_and_stays_theirs() {
    List<StatementFinder.Statement> found =
        segment("The mayor reported the plant would stay open, and that its jobs were safe.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text).endsWith("jobs were safe.");
  }

  @Test
  void a_which_clause_about_a_named_body_after_the_content_is_the_outlets_background() {
    List<StatementFinder.Statement> found =
        segment(
            "Two dock workers said the buyer is Norrvik Shipping, which lost a tender for the"
                + " ferry contract last spring.");
    assertThat(found)
        .extracting(st -> st.speaker == null ? SpeakerKind.NONE : st.speaker.kind())
        .containsExactly(SpeakerKind.ANONYMOUS_SOURCES, SpeakerKind.NONE);
    assertThat(found.get(1).text).startsWith("which lost a tender");
    assertThat(found.get(1).attribution).isEqualTo(Attribution.ASSERTION);
  }

  @Test
  void a_which_clause_inside_what_a_closing_cue_reports_stays_with_the_speaker() {
    String text =
        "The tender ended without a buyer for Norrvik Shipping, which had hoped for more,"
            + " two dock workers said.";
    assertThat(segment(text))
        .singleElement()
        .extracting(st -> st.speaker.kind())
        .isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
  }

  @Test
  void a_clause_after_as_or_after_with_its_own_speaker_leaves_the_first_clause_to_the_outlet() {
    for (String text :
        List.of(
            "Harbour traffic fell sharply in March as the port authority reported a loss of forty"
                + " ships.",
            "The ferry line closed in May after the town council said it could no longer pay"
                + " for it.")) {
      assertThat(segment(text))
          .extracting(st -> st.speaker == null ? SpeakerKind.NONE : st.speaker.kind())
          .containsExactly(SpeakerKind.NONE, SpeakerKind.ORGANIZATION);
    }
  }

  @Test
  void a_participle_after_an_opening_phrase_goes_to_the_subject_of_the_main_clause() {
    List<StatementFinder.Statement> found =
        segment(
            "In three separate interviews, the justice sounded off on the plan, saying she"
                + " did not want to contemplate it.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speaker).isNotNull();
    assertThat(found.get(1).text).startsWith("the justice said she did not want");
  }

  @Test
  void but_noted_after_a_clause_without_a_cue_goes_to_that_clauses_subject() {
    List<StatementFinder.Statement> found =
        segment(
            "Port Director Ines Caldo declined to say whether talks had resumed, but noted that"
                + " the offer stood.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speaker.name()).isEqualTo("Ines Caldo");
  }
}
