package org.claimdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimdesk.search.IndexProgress;
import org.claimdesk.search.IndexRebuild;

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
    String dataDir = null;
    List<String> spring = new ArrayList<>();
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--data-dir") && i + 1 < args.size()) {
          dataDir = args.get(++i);
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
    // No first admin is made by a maintenance command.
    DeskContext desk =
        DeskContext.openFor(
            name(),
            dataDir,
            Map.of("claimdesk.admin-password", ""),
            spring,
            " If it is running, rebuild the index from its admin page instead.",
            err);
    if (desk == null) {
      return 1;
    }
    try (desk) {
      IndexRebuild rebuild = desk.bean(IndexRebuild.class);
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
          err.println(name() + ": " + DeskContext.rootMessage(e));
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
}
