package org.claimdesk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs a command of the jar in the test JVM and keeps what it printed. */
final class CommandRunner {
  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    return run(new byte[0], args);
  }

  static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        dispatch(
            Arrays.asList(args),
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static int dispatch(List<String> args, java.io.InputStream in, PrintStream out, PrintStream err) {
    return CliCommands.standard().dispatch(args, in, out, err);
  }
}
