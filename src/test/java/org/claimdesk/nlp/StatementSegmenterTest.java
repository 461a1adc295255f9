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
}
