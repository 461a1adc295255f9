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

  @Test
  void a_forecast_of_figures_is_its_makers_and_a_forecast_without_figures_is_not() {
    assertThat(Found.in("Kestrel Foods forecast full-year sales of $2.4 billion on Tuesday."))
        .extracting(Found::cue, Found::subject)
        .containsExactly("forecast", "Kestrel Foods");
    assertThat(cueOf("The farmers forecast rain for the weekend.")).isNull();
  }

  @Test
  void a_concern_expressed_about_a_clause_is_a_statement_and_expressing_thanks_is_not() {
    assertThat(Found.in("Shareholders expressed concern the merger would cut jobs in Leeds."))
        .extracting(Found::cue, Found::subject, Found::content)
        .containsExactly(
            "expressed", "Shareholders", "concern the merger would cut jobs in Leeds.");
    assertThat(Found.in("Investors expressed doubts the chain could repay its loans.").subject())
        .isEqualTo("Investors");
    assertThat(cueOf("The coach expressed thanks to the fans in the stadium.")).isNull();
  }

  @Test
  void a_weak_cue_before_a_noun_phrase_and_its_verb_reports_that_clause() {
    assertThat(Found.in("The mayor believed the new bridge would open in May."))
        .extracting(Found::subject, Found::content)
        .containsExactly("The mayor", "the new bridge would open in May.");
    assertThat(cueOf("The mayor believed the story about the bridge.")).isNull();
  }

  @Test
  void a_cue_after_and_shares_the_subject_of_the_first_verb() {
    assertThat(Found.in("Mrs. Clinton shook her head and said the plan was dead."))
        .extracting(Found::subject, Found::content)
        .containsExactly("Mrs. Clinton", "the plan was dead.");
    assertThat(
            Found.in("The judge rubbed his chin, and then said something very strange.").subject())
        .isEqualTo("The judge");
    assertThat(
            Found.in("Ebeling reminisced about her school days, and said their views changed.")
                .subject())
        .isEqualTo("Ebeling");
    // A clause with a subject of its own comes between: no speaker rather than "Prices".
    assertThat(cueOf("Prices rose after the minister resigned and said the plan was dead."))
        .isNull();
  }

  @Test
  void a_phrase_between_commas_a_stray_comma_or_a_quoted_comma_does_not_hide_the_subject() {
    assertThat(Found.in("Mr. Trump, in a brief interview on Saturday, said his jet was great."))
        .extracting(Found::subject, Found::content)
        .containsExactly("Mr. Trump", "his jet was great.");
    assertThat(Found.in("Andrew Liveris, of course, said that the timing was unrelated.").subject())
        .isEqualTo("Andrew Liveris");
    assertThat(
            Found.in("Sen. Jack Reed (D-R.I.), said after a lunch that he had not read it.")
                .subject())
        .startsWith("Sen. Jack Reed");
    assertThat(
            Found.in(
                    "But Mr. Guerrero, a Republican who described himself as a Catholic, said he left.")
                .subject())
        .isEqualTo("Mr. Guerrero");
    assertThat(
            Found.in("Humphrey, who calls Trump a \"sociopath,\" said he does not believe it.")
                .subject())
        .isEqualTo("Humphrey");
  }

  @Test
  void people_a_relative_clause_describes_are_the_subject_not_its_object() {
    assertThat(
            Found.in(
                "Current and former officials who spoke with The Ledger said the party is a shell."))
        .extracting(Found::subject, Found::content)
        .containsExactly("Current and former officials", "the party is a shell.");
  }

  @Test
  void a_noun_tagged_as_an_adjective_before_said_is_still_the_speaker() {
    assertThat(Found.in("\"The comments had two goals,\" the admiral said.").subject())
        .isEqualTo("the admiral");
    assertThat(Found.in("Trump's grasp of policy is worrying, Cuban said.").subject())
        .isEqualTo("Cuban");
  }

  @Test
  void said_after_a_comma_and_before_a_clause_is_no_inversion() {
    // ", said his jet was ..." is not '"...," said Smith': "his jet" does not speak.
    CueFinder.Cue cue =
        cueOf("Mr. Trump, in a brief interview on Saturday, said his jet was great.");
    assertThat(cue.contentFrom()).isGreaterThan(cue.cueFrom());
  }

  @Test
  void the_people_a_that_clause_describes_speak_and_told_forbes_is_no_inversion() {
    assertThat(
            Found.in(
                "But progressive organizations that have endorsed him say the vote is unfair."))
        .extracting(Found::subject, Found::content)
        .containsExactly("progressive organizations", "the vote is unfair.");
    assertThat(
            Found.in("In July, Sammy Aaron, vice chairman of G-III, told Forbes that sales rose.")
                .subject())
        .isEqualTo("Sammy Aaron");
  }

  @Test
  void as_an_outlet_reported_credits_the_clause_it_stands_beside() {
    assertThat(Found.in("He is already an adviser, as The Times reported on Saturday."))
        .extracting(Found::subject, Found::content)
        .containsExactly("The Times", "He is already an adviser");
    assertThat(Found.in("Weeks ago, as the Ledger reported, the two men met in Rome."))
        .extracting(Found::subject, Found::content)
        .containsExactly("the Ledger", "the two men met in Rome.");
  }

  @Test
  void an_outlet_that_quoted_someone_as_saying_is_the_via_and_the_person_the_speaker() {
    String text =
        "Interfax news agency quoted Deputy Minister Sergei Ryabkov as saying that talks"
            + " would resume.";
    CueFinder.Cue cue = cueOf(text);
    assertThat(cue.via()).isEqualTo("Interfax news agency");
    assertThat(Found.in(text))
        .extracting(Found::subject, Found::content)
        .containsExactly("Deputy Minister Sergei Ryabkov", "talks would resume.");
  }

  @Test
  void a_quote_before_an_outlet_that_quoted_someone_as_saying_is_what_they_said() {
    String text =
        "\"The dam at Kariba has been breached,\" the weekly quoted the ministry as saying.";
    CueFinder.Cue cue = cueOf(text);
    assertThat(cue.via()).isEqualTo("weekly");
    assertThat(Found.in(text))
        .extracting(Found::subject, Found::content)
        .containsExactly("the ministry", "The dam at Kariba has been breached");
  }

  @Test
  void went_on_to_say_and_people_placed_by_a_name_after_in() {
    assertThat(Found.in("He went on to say that the economy would grow by 3 percent."))
        .extracting(Found::cue, Found::subject, Found::content)
        .containsExactly("went on to say", "He", "the economy would grow by 3 percent.");
    assertThat(Found.in("Officials in Kyiv have repeatedly said that the line is stable."))
        .extracting(Found::subject, Found::content)
        .containsExactly("Officials in Kyiv", "the line is stable.");
  }

  @Test
  void asked_opening_a_sentence_is_the_question_and_a_name_tagged_as_a_pronoun_still_speaks() {
    assertThat(Found.in("Asked about the charges, Rubio said that the reforms were not amnesty."))
        .extracting(Found::cue, Found::subject, Found::content)
        .containsExactly("said", "Rubio", "the reforms were not amnesty.");
    assertThat(Found.in("\"She is probably trying to trigger some emotion,\" Wertheim said."))
        .extracting(Found::subject, Found::content)
        .containsExactly("Wertheim", "\"She is probably trying to trigger some emotion,\"");
  }

  @Test
  void a_name_between_commas_may_carry_its_affiliation_or_follow_an_age() {
    assertThat(Found.in("One pastor, Darran Whiting of Liberty Baptist Church, said he called."))
        .extracting(Found::subject, Found::appositive)
        .containsExactly("Darran Whiting", "One pastor");
    assertThat(Found.in("Roxana Leon, 63, an independent voter raised in Chile, said she left."))
        .extracting(Found::subject, Found::appositive)
        .containsExactly("Roxana Leon", "an independent voter raised in Chile");
  }
}
