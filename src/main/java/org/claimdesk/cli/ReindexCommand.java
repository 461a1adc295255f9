package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimdesk.search.IndexProgress;
import org.claimdesk.search.IndexRebuild;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reindex}: rebuilds the search index of a stopped desk from its database with the mass
 * indexer, printing the progress. A running desk rebuilds its own from the admin page.
 */
public class ReindexCommand implements CliCommand {

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String usage() {
    return "reindex [--data-dir DIR] [--spring.profiles.active=postgres]";
  }

  @Override
  public String summary() {
    return "Rebuilds the search index from the database (stop the desk first).";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    List<String> spring = new ArrayList<>();
    spring.add("--spring.main.banner-mode=off");
    // No first admin is made by a maintenance command.
    spring.add("--claimdesk.admin-password=");
    // The web app's security needs a web context: start one on a free port, reachable by nobody
    // else for the few seconds the command runs.
    spring.add("--server.port=0");
    spring.add("--server.address=127.0.0.1");
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--data-dir") && i + 1 < args.size()) {
          spring.add("--claimdesk.data-dir=" + args.get(++i));
        } else if (arg.startsWith("--") && arg.contains("=")) {
          spring.add(arg);
        } else {
          throw new CommandLine.UsageException("unexpected argument '" + arg + "'");
        }
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    ConfigurableApplicationContext context;
    try {
      context =
          new SpringApplicationBuilder(application())
              .logStartupInfo(false)
              .run(spring.toArray(String[]::new));
    } catch (RuntimeException e) {
      err.println(
          name()
              + ": could not open the desk ("
              + rootMessage(e)
              + "). If it is running, rebuild the index from its admin page instead.");
      return 1;
    }
    try (context) {
      IndexRebuild rebuild = context.getBean(IndexRebuild.class);
      long start = System.nanoTime();
      CompletableFuture<IndexProgress> done = rebuild.start();
      IndexProgress outcome = null;
      while (outcome == null) {
        try {
          outcome = done.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException stillRunning) {
          IndexProgress p = rebuild.progress();
          err.printf(Locale.ROOT, "  %,d of %,d indexed%n", p.indexed(), p.total());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 1;
        } catch (java.util.concurrent.ExecutionException e) {
          err.println(name() + ": " + rootMessage(e));
          return 1;
        }
      }
      if (outcome.failure() != null) {
        err.println(name() + ": the rebuild failed: " + outcome.failure());
        return 1;
      }
      out.printf(
          Locale.ROOT,
          "Rebuilt the search index: %,d claims and documents in %.1f s.%n",
          outcome.indexed(),
          (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  /**
   * The application class, by name: it lives in the root package, which depends on the command
   * line, and the command line must not depend back on it.
   */
  private static Class<?> application() {
    try {
      return Class.forName("org.claimdesk.ClaimDeskApplication");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The jar has no ClaimDesk application", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
