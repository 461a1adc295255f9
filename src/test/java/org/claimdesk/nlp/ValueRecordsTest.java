package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueRecordsTest {
  @Test
  void spans_and_scores_refuse_impossible_values() {
    assertThatThrownBy(() -> new TextSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextSpan(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Speaker("A", null, "A", 3, 1, SpeakerKind.PERSON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatementScore(1.2, true, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
