package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthinessModelTest {
  private static final Path TRAIN =
      Path.of("../shared/data/checkworthiness/CT24_checkworthy_english_train.tsv");
  private static final CheckworthinessModel.Training QUICK =
      CheckworthinessModel.Training.DEFAULT.withMembers(2).withHiddenUnits(8).withEpochs(20);

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
  void the_shipped_model_loads_and_separates_a_claim_from_a_courtesy() {
    CheckworthinessModel shipped = CheckworthinessModel.shipped();
    assertThat(shipped.usesEmbeddings()).isTrue();
    assertThat(shipped.threshold()).isBetween(0.05, 0.95);
    StatementScore claim =
        Articles.EXTRACTOR.scoreStatement("We have cut taxes by 40 percent since 2017.");
    StatementScore thanks = Articles.EXTRACTOR.scoreStatement("Thank you so much, it is great.");
    assertThat(claim.checkworthy()).isTrue();
    assertThat(claim.reasons()).contains("gives a number");
    assertThat(thanks.checkworthy()).isFalse();
    assertThat(thanks.score()).isLessThan(claim.score());
  }

  @Test
  void the_shipped_weights_file_is_small() throws IOException {
    try (var in = CheckworthinessModel.class.getResourceAsStream(CheckworthinessModel.SHIPPED)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes().length).isBetween(10_000, 300_000);
    }
  }

  @Test
  void a_trained_model_separates_numbers_from_courtesies_and_survives_saving(@TempDir Path dir)
      throws Exception {
    CheckworthinessModel model = CheckworthinessModel.train(examples(), List.of(), QUICK);
    Path file = dir.resolve("cw.bin");
    model.save(file);
    CheckworthinessModel loaded = CheckworthinessModel.load(file);
    assertThat(loaded.toString()).isEqualTo(model.toString());
    ClaimExtractor extractor = new ClaimExtractor(loaded);
    StatementScore claim =
        extractor.scoreStatement("Crime in Vermont fell by 9 percent last year.");
    StatementScore courtesy =
        extractor.scoreStatement("Thank you all for coming to Vermont tonight.");
    assertThat(claim.checkworthy()).isTrue();
    assertThat(courtesy.checkworthy()).isFalse();
    assertThat(claim.reasons()).contains("gives a number", "reports a past event");
  }

  @Test
  void a_features_only_model_needs_no_embeddings() {
    CheckworthinessModel model =
        CheckworthinessModel.train(examples(), List.of(), QUICK.withoutEmbeddings());
    assertThat(model.usesEmbeddings()).isFalse();
    assertThat(new ClaimExtractor(model).scoreStatement("Taxes rose by 5 percent in 2020."))
        .satisfies(s -> assertThat(s.score()).isBetween(0.0, 1.0));
  }

  @Test
  void training_on_a_slice_of_the_checkthat_data_beats_the_built_in_scorer() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(TRAIN), "CheckThat! data not in ../shared/data");
    List<LabelledStatement> rows = new ArrayList<>();
    for (String line : Files.readAllLines(TRAIN, StandardCharsets.UTF_8).subList(1, 1201)) {
      String[] fields = line.replace("\r", "").split("\t");
      rows.add(new LabelledStatement(fields[1], fields[fields.length - 1].trim().equals("Yes")));
    }
    List<LabelledStatement> train = rows.subList(0, 800);
    List<LabelledStatement> tuning = rows.subList(800, 1000);
    List<LabelledStatement> held = rows.subList(1000, 1200);
    CheckworthinessModel model = CheckworthinessModel.train(train, tuning, QUICK);
    double trained = f1(new ClaimExtractor(model), held);
    double builtIn = f1(new ClaimExtractor(null), held);
    assertThat(trained).isGreaterThan(builtIn).isGreaterThan(0.55);
  }

  @Test
  void a_model_file_that_is_not_a_model_is_refused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("junk.bin");
    Files.writeString(file, "not a model");
    assertThatThrownBy(() -> CheckworthinessModel.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a check-worthiness model");
  }

  @Test
  void training_without_both_labels_is_refused() {
    List<LabelledStatement> onlyYes =
        examples().stream().filter(LabelledStatement::checkworthy).toList();
    assertThatThrownBy(() -> CheckworthinessModel.train(onlyYes, List.of(), QUICK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double f1(ClaimExtractor extractor, List<LabelledStatement> rows) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (LabelledStatement row : rows) {
      boolean predicted = extractor.scoreStatement(row.text()).checkworthy();
      if (predicted && row.checkworthy()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (row.checkworthy()) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
