package org.claimdesk.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command arguments split into positionals and {@code --name value} options, with usage errors. */
final class CommandLine {
  final List<String> positionals = new ArrayList<>();
  final Map<String, String> options = new HashMap<>();
  final Set<String> flags;

  private CommandLine(Set<String> flags) {
    this.flags = flags;
  }

  /** Options in {@code valued} take a value, those in {@code switches} don't; others are errors. */
  static CommandLine parse(List<String> args, Set<String> valued, Set<String> switches)
      throws UsageException {
    CommandLine line = new CommandLine(new java.util.HashSet<>());
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (switches.contains(name) && value == null) {
          line.flags.add(name);
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("option --" + name + " needs a value");
            }
            value = args.get(++i);
          }
          line.options.put(name, value);
        } else {
          throw new UsageException("unknown option " + arg);
        }
      } else {
        line.positionals.add(arg);
      }
    }
    return line;
  }

  /** A mistake in how the command was called; exit code 2. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
