package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerResolverTest {
  /** Resolves the first cue's subject in each sentence, in order, with one register. */
  private static StatementFinder.Found[] speakers(String text) {
    SpeakerResolver resolver = new SpeakerResolver(text);
    CueFinder cues = new CueFinder(text);
    var sentences = SentenceSplitterTest.sentences(text);
    StatementFinder.Found[] found = new StatementFinder.Found[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      TaggedSentence s = sentences.get(i);
      resolver.introduceNames(s);
      CueFinder.Cue cue = cues.find(s, 0, s.size());
      found[i] =
          resolver.resolve(s, cue.subjectFrom(), cue.subjectTo(), cue.apposFrom(), cue.apposTo());
      resolver.noteSubjects(s);
      resolver.noteDescriptions(s);
    }
    return found;
  }

  @Test
  void a_pronoun_and_a_surname_are_the_person_named_before() {
    StatementFinder.Found[] found =
        speakers(
            "Port Director Ines Caldo said the fees would rise. She said the boats were old."
                + " Caldo said cash would be accepted.");
    assertThat(found).extracting(StatementFinder.Found::name).containsOnly("Ines Caldo");
    assertThat(found[0].role()).isEqualTo("Port Director");
  }

  @Test
  void unnamed_people_are_anonymous_sources() {
    StatementFinder.Found[] found =
        speakers("Officials said the road would close. A senior diplomat said talks had stalled.");
    assertThat(found)
        .extracting(StatementFinder.Found::kind)
        .containsOnly(SpeakerKind.ANONYMOUS_SOURCES);
  }

  @Test
  void a_country_possessive_becomes_its_adjective_and_initials_point_back() {
    assertThat(SpeakerResolver.withDemonym("Russia's Foreign Ministry"))
        .isEqualTo("Russian Foreign Ministry");
    StatementFinder.Found[] found =
        speakers("Eastvale Harbor Authority said fees would rise. EHA said the boats were old.");
    assertThat(found[1].name()).isEqualTo("Eastvale Harbor Authority");
  }

  @Test
  void a_study_by_initials_is_the_body_spelled_out_later() {
    String text =
        "Officials said a survey by the OHB counted more boats. Most owners were older, the"
            + " survey found. The Orland Harbor Board said it met on Monday.";
    StatementFinder.Found[] found = speakers(text);
    assertThat(found[1].name()).isEqualTo("Orland Harbor Board");
    assertThat(SpeakerResolver.spelledOut("OHB", "Nothing spells it out here.")).isNull();
  }

  @Test
  void a_day_is_never_a_name() {
    StatementFinder.Found[] found = speakers("Ines Caldo on Monday said the fees would rise.");
    assertThat(found[0].name()).isEqualTo("Ines Caldo");
  }

  @Test
  void a_lone_name_without_a_role_is_a_body_that_the_company_stands_for() {
    StatementFinder.Found[] found =
        speakers("Quillmark said profit rose 5 percent. The company said sales would improve.");
    assertThat(found[0].kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(found[1].name()).isEqualTo("Quillmark");
  }

  @Test
  void a_surname_in_a_headline_stays_the_person_named_in_full_below() {
    StatementFinder.Found[] found =
        speakers("Caldo says fees will rise. Port Director Ines Caldo said the boats were old.");
    assertThat(found[0].kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(found[1].name()).isEqualTo("Ines Caldo");
  }

  @Test
  void a_description_points_back_to_the_body_it_described() {
    StatementFinder.Found[] found =
        speakers(
            "The report appeared in the weekly Harbor Ledger, residents said."
                + " The weekly said the port would close.");
    assertThat(found[1].name()).isEqualTo("Harbor Ledger");
  }

  @Test
  void an_arabic_name_with_its_article_in_lower_case_is_described_too() {
    StatementFinder.Found[] found =
        speakers(
            "The weekly said radio stations were citing the news agency al-Nahar, a rebel outlet."
                + " The agency said the bridge at Tikrit had fallen.");
    assertThat(found[1].name()).isEqualTo("al-Nahar");
  }

  @Test
  void a_capital_that_only_opens_the_sentence_names_nobody() {
    StatementFinder.Found[] found = speakers("Mission managers said the launch was flawless.");
    assertThat(found[0].kind()).isEqualTo(SpeakerKind.ANONYMOUS_SOURCES);
  }

  @Test
  void an_acronym_is_spelled_out_from_the_capitalised_words_before_it() {
    String text =
        "Harbour Fee Authority raised the fees. Later HFA said the Bank of Eastvale agreed.";
    assertThat(SpeakerResolver.spelledOut(text, text.indexOf("HFA"), "HFA"))
        .isEqualTo("Harbour Fee Authority");
    assertThat(SpeakerResolver.spelledOut(text, text.length(), "BE")).isEqualTo("Bank of Eastvale");
    assertThat(SpeakerResolver.spelledOut(text, text.indexOf("HFA"), "XYZ")).isNull();
  }

  @Test
  void a_role_described_by_age_is_the_person_named_before() {
    StatementFinder.Found[] found =
        speakers(
            "Harbour spokesman Ines Caldo said the fees would rise. The 58-year-old lawmaker in"
                + " the ruling Coast Party said the boats were old.");
    assertThat(found[1].name()).isEqualTo("Ines Caldo");
    assertThat(found[1].kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void the_agency_is_the_news_agency_named_before_when_no_body_is_called_so() {
    StatementFinder.Found[] found =
        speakers(
            "The ferries are old, Xinhua said on Monday. According to the agency, the fares rose.");
    assertThat(found[1].name()).isEqualTo("Xinhua");
    assertThat(found[1].kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void a_capital_that_speaks_is_its_country_and_keeps_its_mention() {
    StatementFinder.Found[] found =
        speakers("Pyongyang vowed to close the channels. Seoul said the talks would go on.");
    assertThat(found)
        .extracting(StatementFinder.Found::name)
        .containsExactly("North Korea", "South Korea");
    assertThat(SpeakerResolver.countryOfCapital("Washington Post")).isEqualTo("Washington Post");
  }

  @Test
  void a_clause_after_after_keeps_its_own_speaker_even_with_a_name_tagged_as_a_verb() {
    Extraction extraction =
        Articles.EXTRACTOR.extract(
            "The hotlines were severed in June after Pyongyang vowed to \"completely\" close"
                + " those channels.",
            null);
    assertThat(extraction.items()).hasSize(2);
    assertThat(extraction.items().get(0).speaker()).isNull();
    ExtractedItem vow = extraction.items().get(1);
    assertThat(vow.speaker().name()).isEqualTo("North Korea");
    assertThat(vow.speaker().mention()).isEqualTo("Pyongyang");
    assertThat(vow.claim()).isEqualTo("North Korea vowed to \"completely\" close those channels.");
  }

  @Test
  void a_ministry_of_another_department_is_not_the_one_named_before() {
    Extraction extraction =
        Articles.EXTRACTOR.extract(
            "The Chinese Foreign Ministry said the visit was over. The foreign ministry said it"
                + " would respond. The health ministry said 40 people had died.",
            null);
    assertThat(extraction.items())
        .extracting(item -> item.speaker().name())
        .containsExactly("Chinese Foreign Ministry", "Chinese Foreign Ministry", "health ministry");
    assertThat(QuoteContinuity.modifiersFit("the global health agency", "WHO")).isTrue();
    assertThat(QuoteContinuity.modifiersFit("the oil giant", "BP")).isTrue();
    assertThat(QuoteContinuity.modifiersFit("the defence ministry", "Foreign Ministry")).isFalse();
  }

  @Test
  void a_name_after_a_title_is_a_person_with_no_stray_role() {
    StatementFinder.Found[] found =
        speakers("Mr. Smith said the jet cost more. Mrs. Okafor said the plan was dead.");
    assertThat(found).extracting(StatementFinder.Found::kind).containsOnly(SpeakerKind.PERSON);
    assertThat(found).extracting(StatementFinder.Found::role).containsOnly((String) null);
  }

  @Test
  void a_middle_initial_is_part_of_the_name() {
    assertThat(speakers("Roxana M. Leon said the plan was dead.")[0].name())
        .isEqualTo("Roxana M. Leon");
  }
}
