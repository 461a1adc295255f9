package org.claimdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words a long text is cut to for the candidate query: each is written as in the text and is
 * analysed by the index to the very term it stands for, so the cut query matches what it meant to.
 */
class ClaimCandidatesTermsTest {

  @Test
  void each_term_keeps_the_word_it_was_written_as_and_analyses_back_to_it() {
    String text =
        "The Governor's officials said unemployment was rising in 2025-01-03, rising fast.";
    Map<String, String> terms = ClaimCandidates.writtenTerms(text);

    assertThat(terms).containsEntry("unemploy", "unemployment").containsEntry("rise", "rising");
    assertThat(terms).doesNotContainKey("the").doesNotContainKey("was");
    // "rising" twice is one term.
    assertThat(terms.keySet().stream().filter("rise"::equals)).hasSize(1);
    for (Map.Entry<String, String> t : terms.entrySet()) {
      assertThat(ClaimCandidates.writtenTerms(t.getValue())).containsKey(t.getKey());
    }
  }
}
