package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueFinderTest {
  private static String span(String text, TaggedSentence s, int from, int to) {
    return text.substring(s.starts[from], s.ends[to - 1]);
  }

  /** The cue of the whole first sentence, and the part of the text each of its ranges covers. */
  private record Found(String cue, String subject, String appositive, String content) {
    static Found in(String text) {
      TaggedSentence s = sentence(text);
      CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
      return new Found(
          cue.cue(),
          span(text, s, cue.subjectFrom(), cue.subjectTo()),
          cue.apposFrom() < 0 ? null : span(text, s, cue.apposFrom(), cue.apposTo()),
          span(text, s, cue.contentFrom(), cue.contentTo()));
    }
  }

  /** The cue of the whole first sentence of {@code text}, or null. */
  private static CueFinder.Cue cueOf(String text) {
    TaggedSentence s = sentence(text);
    return new CueFinder(text).find(s, 0, s.size());
  }

  private static TaggedSentence sentence(String text) {
    return SentenceSplitterTest.sentences(text).get(0);
  }

  @Test
  void a_verb_cue_gives_subject_and_content_ranges() {
    String text = "Port Director Ines Caldo said that the fees would rise in July.";
    TaggedSentence s = sentence(text);
    CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
    assertThat(cue.cue()).isEqualTo("said");
    assertThat(span(text, s, cue.subjectFrom(), cue.subjectTo()))
        .isEqualTo("Port Director Ines Caldo");
    assertThat(span(text, s, cue.contentFrom(), cue.contentTo()))
        .isEqualTo("the fees would rise in July.");
  }

  @Test
  void according_to_after_the_content_reports_what_came_before() {
    String text = "The harbour will close for a month, according to the port authority.";
    TaggedSentence s = sentence(text);
    CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
    assertThat(cue.cue()).isEqualTo("according to");
    assertThat(span(text, s, cue.subjectFrom(), cue.subjectTo())).isEqualTo("the port authority");
    assertThat(span(text, s, cue.contentFrom(), cue.contentTo()))
        .isEqualTo("The harbour will close for a month");
  }

  @Test
  void a_passive_quote_names_the_outlet_it_came_through() {
    String text =
        "\"The fees will not rise again,\" she was quoted as saying by the Eastvale Courier.";
    TaggedSentence s = sentence(text);
    CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
    assertThat(cue.via()).isEqualTo("Eastvale Courier");
    assertThat(span(text, s, cue.subjectFrom(), cue.subjectTo())).isEqualTo("she");
  }

  @Test
  void media_reports_and_what_someone_described_are_no_cues() {
    assertThat(cueOf("The fire spread in what the police described as an unusual way.")).isNull();
  }

  @Test
  void finding_a_cue_twice_gives_the_same_answer() {
    String text = "The mayor said the bridge would reopen.";
    TaggedSentence s = sentence(text);
    CueFinder finder = new CueFinder(text);
    assertThat(finder.find(s, 0, s.size())).isEqualTo(finder.find(s, 0, s.size()));
  }

  @Test
  void he_said_with_a_colon_announces_the_next_paragraph() {
    String text = "Speaking after the vote, the mayor said:";
    TaggedSentence s = sentence(text);
    CueFinder.Subject subject = new CueFinder(text).announcement(s);
    assertThat(span(text, s, subject.from(), subject.to())).isEqualTo("the mayor");
  }

  @Test
  void a_closing_said_attributes_the_whole_sentence() {
    String text =
        "Quillmark also declared a dividend of 2 dollars a share, said corporate sources.";
    TaggedSentence s = sentence(text);
    CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
    assertThat(cue.cue()).isEqualTo("said");
    assertThat(span(text, s, cue.subjectFrom(), cue.subjectTo())).isEqualTo("corporate sources");
  }

  @Test
  void according_to_a_report_by_a_body_is_the_body() {
    String text = "According to an estimate of the port authority, fees will rise in July.";
    TaggedSentence s = sentence(text);
    CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
    assertThat(span(text, s, cue.subjectFrom(), cue.subjectTo())).isEqualTo("the port authority");
  }

  @Test
  void initials_the_tagger_takes_for_a_word_are_still_a_subject() {
    String text = "Information about the outbreak was still limited, the WHO said in a statement.";
    TaggedSentence s = sentence(text);
    CueFinder.Cue cue = new CueFinder(text).find(s, 0, s.size());
    assertThat(span(text, s, cue.subjectFrom(), cue.subjectTo())).isEqualTo("the WHO");
    assertThat(span(text, s, cue.contentFrom(), cue.contentTo()))
        .isEqualTo("Information about the outbreak was still limited");
  }

  @Test
  void a_passive_cue_without_by_reports_nothing_its_subject_said() {
    assertThat(
            cueOf("The old ferry has long had a bad name and is often described as the slowest."))
        .isNull();
  }

  @Test
  void a_noun_phrase_after_a_preposition_is_no_subject() {
    assertThat(
            cueOf(
                "The spokesman spoke in response to a media inquiry about reports that the fees rose."))
        .isNull();
    String cued = "Speaking in Eastvale, the harbour master said the fees would rise.";
    TaggedSentence t = sentence(cued);
    CueFinder.Cue cue = new CueFinder(cued).find(t, 0, t.size());
    assertThat(span(cued, t, cue.subjectFrom(), cue.subjectTo())).isEqualTo("the harbour master");
  }

  @Test
  void said_its_role_then_a_name_makes_the_name_the_speaker() {
    Found found =
        Found.in("The harbour office is now the Office of Ports, said its Director, Ines Caldo.");
    assertThat(found.subject()).isEqualTo("Ines Caldo");
    assertThat(found.appositive()).isEqualTo("its Director");
    assertThat(found.content()).isEqualTo("The harbour office is now the Office of Ports");
  }

  @Test
  void as_someone_said_before_a_comma_gives_them_what_follows() {
    Found found =
        Found.in("As the harbour office said at a briefing, the ferries will keep running.");
    assertThat(found.subject()).isEqualTo("the harbour office");
    assertThat(found.content()).isEqualTo("the ferries will keep running.");
  }

  @Test
  void writes_after_the_content_credits_the_writer_after_it() {
    Found found = Found.in("The north quay will close for repairs, writes Harbourwire.");
    assertThat(found.cue()).isEqualTo("writes");
    assertThat(found.subject()).isEqualTo("Harbourwire");
  }

  @Test
  void a_body_that_issues_a_statement_saying_something_is_its_speaker() {
    assertThat(Found.in("The ministry issued a statement saying that the border would reopen."))
        .isEqualTo(
            new Found(
                "issued a statement saying", "The ministry", null, "the border would reopen."));
    assertThat(Found.in("The army put out a statement on Monday saying 40 fighters were killed."))
        .extracting(Found::subject, Found::content)
        .containsExactly("The army", "40 fighters were killed.");
    assertThat(
            Found.in("Earlier, The Daily Ledger published material stating that the talks failed.")
                .subject())
        .isEqualTo("The Daily Ledger");
  }

  @Test
  void a_statement_that_nobody_published_is_not_a_cue() {
    assertThat(cueOf("The rule requires a statement saying where the money went.")).isNull();
  }

  @Test
  void a_promise_to_act_is_its_speakers_statement_and_a_promise_to_someone_is_not() {
    assertThat(Found.in("Pyongyang vowed to \"completely\" close the channels."))
        .extracting(Found::cue, Found::subject, Found::content)
        .containsExactly("vowed", "Pyongyang", "to \"completely\" close the channels.");
    assertThat(Found.in("The mayor pledged to rebuild the bridge by 2027.").subject())
        .isEqualTo("The mayor");
    assertThat(cueOf("The seats were promised to the party's donors.")).isNull();
  }
}
