package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void generated_text_is_about_a_megabyte_of_varied_news() {
    List<String> documents = BenchCommand.generate(new Random(1), 1_000_000);
    int characters = documents.stream().mapToInt(String::length).sum();
    assertThat(characters).isBetween(1_000_000, 1_020_000);
    assertThat(documents.stream().distinct().count()).isEqualTo(documents.size());
    assertThat(String.join("", documents))
        .contains("(Reuters) - ")
        .contains("According to")
        .contains("Some sources revealed");
  }

  @Test
  void bench_takes_no_file() {
    assertThat(CommandRunner.run("bench", "somefile").exitCode()).isEqualTo(2);
  }
}
