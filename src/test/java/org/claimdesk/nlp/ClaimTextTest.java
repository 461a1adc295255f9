package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimTextTest {
  @Test
  void a_named_speaker_gets_one_reporting_frame() {
    assertThat(
            ClaimText.of(
                "that the harbour would reopen in May,",
                "Ines Caldo",
                SpeakerKind.PERSON,
                Attribution.INDIRECT,
                "added",
                null))
        .isEqualTo("Ines Caldo said the harbour would reopen in May.");
  }

  @Test
  void a_letter_and_a_release_are_quoted_in_their_own_words() {
    assertThat(
            ClaimText.of(
                "I have kept bees on this hill for thirty years.",
                "Tove Arnesen",
                SpeakerKind.PERSON,
                Attribution.ASSERTION,
                DocumentVoice.LETTER_CUE,
                null))
        .isEqualTo("Tove Arnesen wrote: “I have kept bees on this hill for thirty years”.");
    assertThat(
            ClaimText.of(
                "We will open four new clinics by March.",
                "Valdmark Health Board",
                SpeakerKind.ORGANIZATION,
                Attribution.ASSERTION,
                DocumentVoice.RELEASE_CUE,
                null))
        .isEqualTo(
            "Valdmark Health Board said in a statement: “We will open four new clinics by March”.");
    assertThat(
            ClaimText.of(
                "The clinics will open by March.",
                "Valdmark Health Board",
                SpeakerKind.ORGANIZATION,
                Attribution.ASSERTION,
                DocumentVoice.RELEASE_CUE,
                null))
        .isEqualTo("Valdmark Health Board said the clinics will open by March.");
  }

  @Test
  void a_subordinate_opening_reads_on_after_said() {
    assertThat(
            ClaimText.of(
                "Although fees rise, the ferries will run",
                "Port Authority",
                SpeakerKind.ORGANIZATION,
                Attribution.INDIRECT,
                "said",
                null))
        .isEqualTo("Port Authority said although fees rise, the ferries will run.");
  }

  @Test
  void unnamed_sources_and_unattributed_reports_give_the_content_alone() {
    assertThat(
            ClaimText.of(
                "the board never formally received the plan",
                null,
                SpeakerKind.ANONYMOUS_SOURCES,
                Attribution.INDIRECT,
                "said",
                null))
        .isEqualTo("The board never formally received the plan.");
    assertThat(
            ClaimText.of(
                "the mayor will resign",
                null,
                SpeakerKind.UNATTRIBUTED_REPORT,
                Attribution.INDIRECT,
                "reportedly",
                null))
        .isEqualTo("The mayor will resign.");
  }

  @Test
  void a_quotation_stays_a_quotation_and_loses_the_comma_of_its_frame() {
    assertThat(
            ClaimText.of(
                "The boats are old,\"",
                "Ines Caldo",
                SpeakerKind.PERSON,
                Attribution.DIRECT_QUOTE,
                "said",
                null))
        .isEqualTo("Ines Caldo said: “The boats are old”.");
  }

  @Test
  void a_relayed_statement_names_the_outlet() {
    assertThat(
            ClaimText.of(
                "the fees will not rise again",
                "Ines Caldo",
                SpeakerKind.PERSON,
                Attribution.INDIRECT,
                "quoted as saying",
                "Eastvale Courier"))
        .isEqualTo(
            "Ines Caldo said (as reported by Eastvale Courier) the fees will not rise again.");
  }

  @Test
  void a_describing_verb_keeps_its_own_frame() {
    assertThat(
            ClaimText.of(
                "the talks as \"very productive,\"",
                "Andris Ozols",
                SpeakerKind.PERSON,
                Attribution.PARTIAL_QUOTE,
                "described",
                null))
        .isEqualTo("Andris Ozols described the talks as \"very productive\".");
  }

  @Test
  void the_outlets_own_assertion_is_its_sentence() {
    assertThat(
            ClaimText.of(
                "Ferry traffic grew by a fifth last year.",
                null,
                SpeakerKind.NONE,
                Attribution.ASSERTION,
                null,
                null))
        .isEqualTo("Ferry traffic grew by a fifth last year.");
  }

  @Test
  void a_promise_keeps_its_own_verb() {
    assertThat(
            ClaimText.of(
                "to rebuild the bridge by 2027.",
                "Ines Caldo",
                SpeakerKind.PERSON,
                Attribution.INDIRECT,
                "pledged",
                null))
        .isEqualTo("Ines Caldo pledged to rebuild the bridge by 2027.");
  }
}
