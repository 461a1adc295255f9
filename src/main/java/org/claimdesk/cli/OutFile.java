package org.claimdesk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file an export command writes, named by its {@code --out} option, and the way every export
 * command says that it is missing or cannot be written.
 */
record OutFile(Path path) {

  /** The {@code --out} of a command that takes no positional arguments; else {@code missing}. */
  static OutFile of(CommandLine line, String missing) throws CommandLine.UsageException {
    if (!line.positionals.isEmpty() || !line.options.containsKey("out")) {
      throw new CommandLine.UsageException(missing);
    }
    return new OutFile(Path.of(line.options.get("out")));
  }

  /** A buffered UTF-8 writer that replaces the file. */
  Writer writer() throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
  }

  String cannotWrite(String command, Exception e) {
    return command + ": cannot write " + path + ": " + e.getMessage();
  }
}
