package org.claimdesk;

import java.util.Arrays;
import org.claimdesk.cli.CliCommands;
import org.claimdesk.cli.CommandLineLogging;
import org.springframework.boot.SpringApplication;

/**
 * Entry point of the jar: runs a command-line command, or starts the web app when none is given.
 */
public final class ClaimDeskLauncher {

  private ClaimDeskLauncher() {}

  public static void main(String[] args) {
    if (args.length == 0 || isSpringOption(args[0])) {
      try {
        SpringApplication.run(ClaimDeskApplication.class, args);
      } catch (RuntimeException | Error failure) {
        // Already reported as one line by operations.OneLineFailureReporter; the detail is logged
        // at debug. Exit rather than linger on a half-started server's threads.
        System.exit(1);
      }
      return;
    }
    CommandLineLogging.toStandardError();
    int exitCode =
        CliCommands.standard().dispatch(Arrays.asList(args), System.in, System.out, System.err);
    System.exit(exitCode);
  }

  /** Options such as {@code --server.port=9090} belong to the web app, not to a command. */
  private static boolean isSpringOption(String arg) {
    return arg.startsWith("--") && !CliCommands.isHelp(arg);
  }
}
