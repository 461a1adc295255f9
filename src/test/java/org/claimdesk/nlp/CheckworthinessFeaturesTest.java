package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckworthinessFeaturesTest {
  private static final ClaimExtractor FEATURES = new ClaimExtractor(null);

  private static List<String> reasons(String sentence) {
    return FEATURES.scoreStatement(sentence).reasons();
  }

  @Test
  void amounts_give_a_number() {
    assertThat(reasons("We have cut taxes by 40 percent.")).contains("gives a number");
    assertThat(reasons("The plan costs $4.7 billion.")).contains("gives a number");
    assertThat(reasons("Two out of three divisions failed the test.")).contains("gives a number");
  }

  @Test
  void labels_and_modifiers_with_digits_give_no_number() {
    assertThat(reasons("Europe never formally received the 28-point plan."))
        .doesNotContain("gives a number")
        .contains("negation: never");
    assertThat(reasons("Is that a new question or a 30-second question?"))
        .doesNotContain("gives a number");
    assertThat(reasons("That is priority number one for our government."))
        .doesNotContain("gives a number");
    assertThat(reasons("Joe Biden is one of the finest public servants."))
        .doesNotContain("gives a number");
    assertThat(reasons("That is why my five point plan is so different."))
        .doesNotContain("gives a number");
  }

  @Test
  void years_and_dates_are_dates_not_numbers() {
    assertThat(reasons("In 1957 I was in Havana with the delegation."))
        .contains("names a year or date", "reports a past event")
        .doesNotContain("gives a number");
    assertThat(reasons("I hope to be elected on the 8th of November."))
        .contains("names a year or date")
        .doesNotContain("gives a number");
  }

  @Test
  void opinions_questions_and_courtesies_read_as_such() {
    assertThat(reasons("I think this is a terrible and unfair deal.")).contains("opinion");
    assertThat(reasons("Right now we are in the middle of the talks.")).doesNotContain("opinion");
    assertThat(reasons("Did the minister sign the agreement?")).contains("a question");
    assertThat(reasons("Thank you.")).contains("too short to check");
    assertThat(reasons("The ceasefire will hold, officials expect.")).contains("prediction");
  }

  @Test
  void signals_follow_the_reasons_in_input_order() {
    float[] signals =
        CheckworthinessFeatures.signals(
            0.7, List.of("gives a number", "negation: never"), "Wages never rose by 7 percent.");
    assertThat(signals).hasSize(CheckworthinessFeatures.SIGNALS.size());
    assertThat(signals[CheckworthinessFeatures.SIGNALS.indexOf("gives a number")]).isEqualTo(1f);
    assertThat(signals[CheckworthinessFeatures.SIGNALS.indexOf("negation")]).isEqualTo(1f);
    assertThat(signals[CheckworthinessFeatures.SIGNALS.indexOf("opinion")]).isZero();
    assertThat(signals[CheckworthinessFeatures.SIGNALS.indexOf("built-in score")]).isEqualTo(0.7f);
    assertThat(CheckworthinessFeatures.wordCount("Wages never rose by 7 percent.")).isEqualTo(6);
  }

  @Test
  void every_word_list_is_trimmed_sorted_and_without_blanks_or_duplicates() throws Exception {
    for (String name : CheckworthinessFeatures.LIST_NAMES) {
      String resource = CheckworthinessFeatures.LISTS + name + ".txt";
      List<String> lines = new ArrayList<>();
      try (InputStream in = CheckworthinessFeatures.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .forEach(lines::add);
      }
      assertThat(lines).as(resource).isNotEmpty().doesNotHaveDuplicates();
      for (String line : lines) {
        assertThat(line).as(resource).isNotBlank().isEqualTo(line.strip()).isLowerCase();
      }
      assertThat(lines).as(resource + " sorted").isSorted();
      assertThat(CheckworthinessFeatures.list(name)).hasSize(lines.size());
    }
  }
}
