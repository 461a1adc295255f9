package org.claimdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimdesk.nlp.CheckworthinessModel;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.LabelledStatement;

/**
 * {@code eval-checkworthiness}: precision, recall and F1 of the check-worthy class on a labelled
 * TSV.
 */
public class EvalCheckworthinessCommand implements CliCommand {
  @Override
  public String name() {
    return "eval-checkworthiness";
  }

  @Override
  public String usage() {
    return "eval-checkworthiness <tsv> [--model <file> | --features-only]";
  }

  @Override
  public String summary() {
    return "Measures check-worthiness decisions against a TSV of sentences labelled Yes/No.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of("model"), Set.of("features-only"));
      if (line.positionals.size() != 1) {
        throw new CommandLine.UsageException("expected one TSV file");
      }
      if (line.flags.contains("features-only") && line.options.containsKey("model")) {
        throw new CommandLine.UsageException("choose either --model or --features-only");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    try {
      List<LabelledStatement> rows = LabelledTsv.read(Path.of(line.positionals.get(0)));
      CheckworthinessModel model = null;
      String scorer = "built-in features";
      if (line.options.containsKey("model")) {
        Path modelFile = Path.of(line.options.get("model"));
        model = CheckworthinessModel.load(modelFile);
        scorer = "features + embeddings, model " + modelFile;
      } else if (!line.flags.contains("features-only")) {
        model = CheckworthinessModel.shipped();
        scorer = "features + embeddings, shipped model";
      }
      ClaimExtractor extractor = new ClaimExtractor(model);
      int truePositives = 0;
      int falsePositives = 0;
      int falseNegatives = 0;
      for (LabelledStatement row : rows) {
        boolean predicted = extractor.scoreStatement(row.text()).checkworthy();
        if (predicted && row.checkworthy()) {
          truePositives++;
        } else if (predicted) {
          falsePositives++;
        } else if (row.checkworthy()) {
          falseNegatives++;
        }
      }
      double precision = ratio(truePositives, truePositives + falsePositives);
      double recall = ratio(truePositives, truePositives + falseNegatives);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      out.printf(
          "scorer: %s%nsentences: %d (check-worthy: %d)%nprecision: %.3f%nrecall: %.3f%nF1: %.3f%n",
          scorer, rows.size(), truePositives + falseNegatives, precision, recall, f1);
      return 0;
    } catch (NoSuchFileException e) {
      err.println(name() + ": no such file: " + e.getMessage());
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
