package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMatchingCommandTest {
  private static void fixture(Path dir) throws Exception {
    Files.writeString(
        dir.resolve("claims.jsonl"),
        String.join(
            "\n",
            "{\"title\": \"Bridge reopening\", \"vclaim_id\": \"v-bridge\", \"vclaim\": \"The river"
                + " bridge will reopen to traffic in May.\"}",
            "{\"title\": \"Flu shots\", \"vclaim_id\": \"v-flu\", \"vclaim\": \"The flu vaccine"
                + " gives healthy adults the flu.\"}",
            "{\"title\": \"Moon and the Wall\", \"vclaim_id\": \"v-wall\", \"vclaim\": \"The Great"
                + " Wall of China can be seen from the Moon.\"}",
            ""));
    Files.writeString(
        dir.resolve("queries.tsv"),
        "q1\tGetting a flu jab makes healthy grown-ups catch the flu pic.twitter.com/abc\n"
            + "q2\tAstronauts on the Moon saw the Great Wall with their own eyes\n"
            + "q3\tTraffic returns to the river bridge in May, the council says\n");
    Files.writeString(
        dir.resolve("qrels.tsv"), "q1\t0\tv-flu\t1\nq2\t0\tv-wall\t1\nq3\t0\tv-bridge\t1\n");
  }

  @Test
  void prints_the_task_measures_for_an_own_fixture(@TempDir Path dir) throws Exception {
    fixture(dir);
    CommandRunner.Result result =
        CommandRunner.run(
            "eval-matching",
            dir.resolve("claims.jsonl").toString(),
            dir.resolve("queries.tsv").toString(),
            dir.resolve("qrels.tsv").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("queries: 3, verified claims: 3, fusion: weighted")
        .contains("MAP@1: 1.0000")
        .contains("MAP@5: 1.0000")
        .contains("Recall@5: 1.0000");
  }

  @Test
  void a_missing_file_or_a_wrong_fusion_is_a_clear_error(@TempDir Path dir) throws Exception {
    fixture(dir);
    CommandRunner.Result missing =
        CommandRunner.run(
            "eval-matching",
            dir.resolve("none.jsonl").toString(),
            dir.resolve("queries.tsv").toString(),
            dir.resolve("qrels.tsv").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
    CommandRunner.Result wrong =
        CommandRunner.run(
            "eval-matching",
            dir.resolve("claims.jsonl").toString(),
            dir.resolve("queries.tsv").toString(),
            dir.resolve("qrels.tsv").toString(),
            "--fusion",
            "magic");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("weighted, rrf or bm25");
  }
}
