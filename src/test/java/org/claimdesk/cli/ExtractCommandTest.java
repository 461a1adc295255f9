package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {
  private static final String SAMPLE = "../shared/samples/geneva-talks.txt";

  @Test
  void json_of_the_sample_has_the_documented_shape() {
    CommandRunner.Result result =
        CommandRunner.run("extract", SAMPLE, "--format", "json", "--published", "2025-11-23");
    assertThat(result.exitCode()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(result.out());
    JsonNode document = root.get("document");
    assertThat(document.propertyNames())
        .containsExactly(
            "language", "publishedDate", "boilerplate", "captions", "headings", "wireCredits");
    assertThat(root.propertyNames()).containsExactly("document", "items");
    assertThat(document.get("language").asString()).isEqualTo("en");
    assertThat(document.get("publishedDate").asString()).isEqualTo("2025-11-23");
    for (String field : new String[] {"boilerplate", "captions", "headings", "wireCredits"}) {
      assertThat(document.get(field).isArray()).as(field).isTrue();
    }
    JsonNode boilerplate = document.get("boilerplate").get(0);
    assertThat(
            boilerplate.has("start")
                && boilerplate.has("end")
                && boilerplate.has("text")
                && boilerplate.has("reason"))
        .isTrue();
    JsonNode putin = null;
    for (JsonNode item : root.get("items")) {
      assertThat(item.propertyNames())
          .containsExactly(
              "id",
              "text",
              "claim",
              "sentence",
              "start",
              "end",
              "speaker",
              "cue",
              "attribution",
              "score",
              "checkworthy",
              "reasons",
              "followUp",
              "times");
      if (item.get("text").asString().startsWith("Russian President Vladimir Putin")) {
        putin = item;
      }
    }
    assertThat(putin).isNotNull();
    assertThat(putin.get("speaker").get("name").asString()).isEqualTo("Vladimir Putin");
    assertThat(putin.get("speaker").get("kind").asString()).isEqualTo("PERSON");
    assertThat(putin.get("speaker").has("via")).isTrue();
    assertThat(putin.get("speaker").get("via").isNull()).isTrue();
    assertThat(putin.get("claim").asString())
        .isEqualTo(
            "Vladimir Putin said the 28-point plan could serve as a basis for a peaceful"
                + " resolution to the Ukraine crisis.");
    assertThat(putin.get("times").get(0).get("date").asString()).isEqualTo("2025-11-21");
    assertThat(putin.get("followUp").isNull()).isTrue();
  }

  @Test
  void text_format_is_a_table_a_person_can_read() {
    CommandRunner.Result result = CommandRunner.run("extract", SAMPLE, "--format", "text");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("wire credits: Xinhua")
        .contains("heading: Vast differences remain")
        .contains("Vladimir Putin")
        .contains("follow up: awaiting a response");
  }

  @Test
  void standard_input_is_read_with_a_dash() {
    byte[] text =
        "The governor said on Monday that 12 schools would close.".getBytes(StandardCharsets.UTF_8);
    CommandRunner.Result result =
        CommandRunner.run(text, "extract", "-", "--format", "text", "--published", "2024-09-04");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("2024-09-02");
  }

  @Test
  void binary_and_missing_files_fail_with_one_line(@TempDir Path dir) throws Exception {
    Path binary = dir.resolve("image.png");
    Files.write(
        binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xFE});
    CommandRunner.Result result = CommandRunner.run("extract", binary.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip())
        .contains("binary")
        .doesNotContain("\n")
        .doesNotContain("Exception");

    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Le ministre a d\u00e9clar\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    result = CommandRunner.run("extract", latin1.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("not UTF-8");

    result = CommandRunner.run("extract", dir.resolve("nowhere.txt").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).startsWith("extract: no such file");
  }

  @Test
  void empty_and_foreign_text_exit_non_zero_with_the_reason(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "  \n");
    CommandRunner.Result result =
        CommandRunner.run("extract", empty.toString(), "--format", "text");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("empty");
    assertThat(result.err().strip())
        .isEqualTo("extract: The text is empty: there is nothing to analyse.");

    Path german = dir.resolve("de.txt");
    Files.writeString(
        german,
        "Der Minister sagte, dass die Gespräche mit den Partnern nicht einfach sind und dass er die"
            + " Einigung nicht unterschreiben wird.");
    result = CommandRunner.run("extract", german.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("not supported yet");
    JsonNode root = JsonMapper.builder().build().readTree(result.out());
    assertThat(root.get("document").get("language").asString()).isEqualTo("de");
    assertThat(root.get("items").isEmpty()).isTrue();
  }

  @Test
  void wrong_arguments_are_usage_errors() {
    assertThat(CommandRunner.run("extract").exitCode()).isEqualTo(2);
    assertThat(CommandRunner.run("extract", SAMPLE, "--format", "xml").exitCode()).isEqualTo(2);
    CommandRunner.Result badDate =
        CommandRunner.run("extract", SAMPLE, "--published", "23/11/2025");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("Usage: extract <file|->");
  }
}
