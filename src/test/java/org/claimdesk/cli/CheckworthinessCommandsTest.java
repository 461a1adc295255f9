package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthinessCommandsTest {
  // Written for this test in the layout of the CheckThat! files: header, CRLF endings, quoted
  // fields.
  private static String tsv() {
    StringBuilder b = new StringBuilder("Sentence_id\tText\tclass_label\r\n");
    String[] places = {
      "Ohio", "Texas", "Maine", "Utah", "Idaho", "Iowa", "Kansas", "Nevada", "Oregon", "Alaska"
    };
    int id = 1;
    for (String place : places) {
      b.append(id++)
          .append("\tWages in ")
          .append(place)
          .append(" rose by 7 percent in 2015.\tYes\r\n");
      b.append(id++)
          .append("\t\"We built 300 miles of road in ")
          .append(place)
          .append(", \"\"every mile\"\".\"\tYes\r\n");
      b.append(id++)
          .append("\tThank you, ")
          .append(place)
          .append(", it is great to be here.\tNo\r\n");
      b.append(id++).append("\tWell, let me say this.\tNo\r\n");
    }
    return b.toString();
  }

  @Test
  void train_then_evaluate_with_and_without_the_model(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("train.tsv");
    Files.writeString(data, tsv());
    Path model = dir.resolve("cw.bin");
    CommandRunner.Result trained =
        CommandRunner.run("train-checkworthiness", data.toString(), model.toString());
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("trained on 40 sentences (20 check-worthy)");
    assertThat(model).exists();

    CommandRunner.Result withModel =
        CommandRunner.run("eval-checkworthiness", data.toString(), "--model", model.toString());
    assertThat(withModel.exitCode()).isZero();
    assertThat(withModel.out()).contains("sentences: 40 (check-worthy: 20)").contains("F1: 1.000");

    CommandRunner.Result builtIn =
        CommandRunner.run("eval-checkworthiness", data.toString(), "--features-only");
    assertThat(builtIn.exitCode()).isZero();
    assertThat(builtIn.out())
        .contains("scorer: built-in features")
        .containsPattern("precision: \\d\\.\\d{3}");

    CommandRunner.Result shipped = CommandRunner.run("eval-checkworthiness", data.toString());
    assertThat(shipped.exitCode()).isZero();
    assertThat(shipped.out())
        .contains("scorer: features + embeddings, shipped model")
        .containsPattern("F1: (0\\.[5-9]|1\\.0)\\d*");
  }

  @Test
  void the_threshold_is_chosen_on_the_dev_file_when_given(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("train.tsv");
    Files.writeString(data, tsv());
    CommandRunner.Result trained =
        CommandRunner.run(
            "train-checkworthiness",
            data.toString(),
            dir.resolve("cw.bin").toString(),
            "--dev",
            data.toString(),
            "--features-only");
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.out()).containsPattern("threshold 0\\.\\d\\d chosen on .*train.tsv");
    assertThat(
            CommandRunner.run(
                    "eval-checkworthiness",
                    data.toString(),
                    "--features-only",
                    "--model",
                    dir.resolve("cw.bin").toString())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void missing_files_are_failures_with_a_message(@TempDir Path dir) {
    CommandRunner.Result result =
        CommandRunner.run("eval-checkworthiness", dir.resolve("absent.tsv").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no such file");
    result =
        CommandRunner.run(
            "train-checkworthiness",
            dir.resolve("absent.tsv").toString(),
            dir.resolve("m.bin").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(CommandRunner.run("train-checkworthiness", "only-one-arg").exitCode()).isEqualTo(2);
  }

  @Test
  void a_model_option_pointing_at_nothing_fails(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("dev.tsv");
    Files.writeString(data, tsv());
    CommandRunner.Result result =
        CommandRunner.run(
            "eval-checkworthiness", data.toString(), "--model", dir.resolve("none.bin").toString());
    assertThat(result.exitCode()).isEqualTo(1);
  }
}
