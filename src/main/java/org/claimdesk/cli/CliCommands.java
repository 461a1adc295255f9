package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The commands of the jar's command line and the dispatch from the first argument to one of them.
 */
public final class CliCommands {

  private final List<CliCommand> commands;

  public CliCommands(List<CliCommand> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The commands shipped in the jar. */
  public static CliCommands standard() {
    return new CliCommands(
        List.of(
            new ExtractCommand(),
            new TrainCheckworthinessCommand(),
            new EvalCheckworthinessCommand(),
            new EvalAttributionCommand(),
            new EvalMatchingCommand(),
            new BenchCommand(),
            new ExportAuditCommand(),
            new VerifyAuditCommand(),
            new AuditBenchCommand(),
            new BackupCommand(),
            new RestoreCommand(),
            new ImportCommand(),
            new ExportDeskCommand(),
            new ExportClaimReviewCommand(),
            new ReindexCommand()));
  }

  public static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }

  public List<CliCommand> commands() {
    return commands;
  }

  /** Runs the command named by the first argument and returns the exit code. */
  public int dispatch(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    String first = args.getFirst();
    if (isHelp(first)) {
      printHelp(out);
      return 0;
    }
    Optional<CliCommand> command =
        commands.stream().filter(c -> c.name().equals(first)).findFirst();
    if (command.isEmpty()) {
      err.println("claimdesk: unknown command '" + first + "'.");
      printHelp(err);
      return 2;
    }
    try {
      return command.get().run(args.subList(1, args.size()), in, out, err);
    } catch (RuntimeException e) {
      err.println("claimdesk " + first + ": " + e.getMessage());
      return 1;
    }
  }

  void printHelp(PrintStream out) {
    out.println("Usage: java -jar claimdesk.jar [command] [arguments]");
    out.println();
    out.println(
        "With no command, starts the ClaimDesk web app (options such as --server.port=8080).");
    out.println();
    out.println("Commands:");
    for (CliCommand c : commands) {
      out.printf("  %-60s %s%n", c.usage(), c.summary());
    }
    out.printf("  %-60s %s%n", "--help", "Shows this list.");
  }
}
