package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthinessModelTest {
  static List<LabelledStatement> examples() {
    List<LabelledStatement> examples = new ArrayList<>();
    String[] places = {"Ohio", "Texas", "Maine", "Utah", "Idaho", "Iowa", "Kansas", "Nevada"};
    for (int i = 0; i < places.length; i++) {
      examples.add(
          new LabelledStatement(
              "Unemployment in " + places[i] + " fell by " + (i + 3) + " percent last year.",
              true));
      examples.add(
          new LabelledStatement(
              "The state spent " + (i + 2) + " billion dollars on schools in 2019.", true));
      examples.add(
          new LabelledStatement("Thank you all for coming to " + places[i] + " tonight.", false));
      examples.add(
          new LabelledStatement(
              "I love the people of " + places[i] + ", they are wonderful.", false));
    }
    return examples;
  }

  @Test
  void a_trained_model_separates_numbers_from_courtesies_and_survives_saving(@TempDir Path dir)
      throws Exception {
    CheckworthinessModel model = CheckworthinessModel.train(examples());
    Path file = dir.resolve("cw.bin");
    model.save(file);
    CheckworthinessModel loaded = CheckworthinessModel.load(file);
    double claim = loaded.probability("Crime in Vermont fell by 9 percent last year.");
    double courtesy = loaded.probability("Thank you all for coming to Vermont tonight.");
    assertThat(claim).isGreaterThan(0.5).isGreaterThan(courtesy);
    assertThat(courtesy).isLessThan(0.5);
  }

  @Test
  void the_combined_scorer_names_the_model_among_its_reasons() throws Exception {
    ClaimExtractor combined = new ClaimExtractor(CheckworthinessModel.train(examples()));
    StatementScore score =
        combined.scoreStatement("Unemployment in Vermont fell by 4 percent last year.");
    assertThat(score.checkworthy()).isTrue();
    assertThat(score.reasons())
        .anyMatch(r -> r.startsWith("statistical model:"))
        .contains("gives a number");
  }

  @Test
  void the_built_in_scorer_needs_no_model() {
    StatementScore claim =
        Articles.EXTRACTOR.scoreStatement("We have cut taxes by 40 percent since 2017.");
    StatementScore thanks = Articles.EXTRACTOR.scoreStatement("Thank you so much.");
    assertThat(claim.checkworthy()).isTrue();
    assertThat(claim.reasons()).contains("gives a number");
    assertThat(thanks.checkworthy()).isFalse();
    assertThat(thanks.score()).isLessThan(claim.score());
  }

  @Test
  void a_model_file_that_is_not_a_model_is_refused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("junk.bin");
    java.nio.file.Files.writeString(file, "not a model");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckworthinessModel.load(file))
        .isInstanceOf(java.io.IOException.class);
  }
}
