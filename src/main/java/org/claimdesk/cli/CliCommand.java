package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One command of the ClaimDesk jar's command line, run without the web server or database. */
public interface CliCommand {
  /** The word that selects the command, e.g. {@code extract}. */
  String name();

  /** One line: arguments and options, e.g. {@code extract <file|-> [--format json|text]}. */
  String usage();

  /** One line saying what the command does. */
  String summary();

  /** Runs the command; returns the process exit code (0 ok, 2 usage error, 1 failure). */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
