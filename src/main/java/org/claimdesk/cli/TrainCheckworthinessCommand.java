package org.claimdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimdesk.nlp.CheckworthinessModel;
import org.claimdesk.nlp.LabelledStatement;

/**
 * {@code train-checkworthiness}: trains the check-worthiness model (built-in signals and sentence
 * embeddings) from a labelled TSV, with the decision threshold chosen on a second TSV when given.
 */
public class TrainCheckworthinessCommand implements CliCommand {
  @Override
  public String name() {
    return "train-checkworthiness";
  }

  @Override
  public String usage() {
    return "train-checkworthiness <tsv> <model-file> [--dev <tsv>] [--features-only]";
  }

  @Override
  public String summary() {
    return "Trains a check-worthiness model from a TSV of sentences labelled Yes/No.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of("dev"), Set.of("features-only"));
      if (line.positionals.size() != 2) {
        throw new CommandLine.UsageException("expected a TSV file and a model file");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    Path tsv = Path.of(line.positionals.get(0));
    Path modelFile = Path.of(line.positionals.get(1));
    try {
      List<LabelledStatement> rows = LabelledTsv.read(tsv);
      long positives = rows.stream().filter(LabelledStatement::checkworthy).count();
      if (positives == 0 || positives == rows.size()) {
        err.println(name() + ": " + tsv + " needs both Yes and No rows to train on");
        return 1;
      }
      List<LabelledStatement> dev =
          line.options.containsKey("dev")
              ? LabelledTsv.read(Path.of(line.options.get("dev")))
              : List.of();
      CheckworthinessModel.Training training = CheckworthinessModel.Training.DEFAULT;
      if (line.flags.contains("features-only")) {
        training = training.withoutEmbeddings();
      }
      long started = System.nanoTime();
      CheckworthinessModel model = CheckworthinessModel.train(rows, dev, training);
      model.save(modelFile);
      out.printf(
          java.util.Locale.ROOT,
          "trained on %d sentences (%d check-worthy) in %.1f s; threshold %.2f chosen on %s;"
              + " model written to %s%n",
          rows.size(),
          positives,
          (System.nanoTime() - started) / 1e9,
          model.threshold(),
          dev.isEmpty() ? "the training sentences" : line.options.get("dev"),
          modelFile);
      return 0;
    } catch (NoSuchFileException e) {
      err.println(name() + ": no such file: " + e.getMessage());
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }
}
