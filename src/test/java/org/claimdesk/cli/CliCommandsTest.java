package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliCommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CliCommands.standard()
        .dispatch(
            List.of(args),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void help_lists_the_commands_and_succeeds() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar claimdesk.jar");
    for (CliCommand command : CliCommands.standard().commands()) {
      assertThat(out.toString(StandardCharsets.UTF_8)).contains(command.usage());
    }
  }

  @Test
  void an_unknown_command_prints_one_error_line_and_the_list_and_exits_2() {
    assertThat(run("frobnicate")).isEqualTo(2);
    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().findFirst()).contains("claimdesk: unknown command 'frobnicate'.");
    assertThat(printed).contains("Usage:");
  }
}
