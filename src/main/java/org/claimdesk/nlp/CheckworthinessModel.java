package org.claimdesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A statistical check-worthiness model (OpenNLP maximum-entropy document categorizer over words and
 * word pairs), trained from labelled statements and combined with the built-in feature scorer.
 */
public final class CheckworthinessModel {
  private static final String YES = "yes";
  private static final String NO = "no";

  private final DoccatModel model;

  private CheckworthinessModel(DoccatModel model) {
    this.model = model;
  }

  public static CheckworthinessModel train(List<LabelledStatement> examples) throws IOException {
    List<DocumentSample> samples = new ArrayList<>(examples.size());
    for (LabelledStatement example : examples) {
      String[] words = words(example.text());
      if (words.length > 0) {
        samples.add(new DocumentSample(example.checkworthy() ? YES : NO, words));
      }
    }
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
    DoccatFactory factory =
        new DoccatFactory(
            new FeatureGenerator[] {
              new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
            });
    return new CheckworthinessModel(
        DocumentCategorizerME.train(
            "en", ObjectStreamUtils.createObjectStream(samples), parameters, factory));
  }

  public static CheckworthinessModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new CheckworthinessModel(new DoccatModel(in));
    } catch (InvalidFormatException | RuntimeException e) {
      throw new IOException(file + " is not a check-worthiness model: " + e.getMessage(), e);
    }
  }

  public void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
  }

  /** The probability that the statement is worth checking. */
  public double probability(String statement) {
    String[] words = words(statement);
    if (words.length == 0) {
      return 0;
    }
    // The categorizer keeps per-call state, so a fresh one per call keeps this method thread-safe.
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] outcomes = categorizer.categorize(words);
    int yes = categorizer.getIndex(YES);
    return yes < 0 ? 0 : outcomes[yes];
  }

  // Lower-cased words with digits folded, so that "1,200" and "3,400" count as the same signal.
  static String[] words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '%' || c == '$') {
        word.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words.toArray(String[]::new);
  }

  @Override
  public String toString() {
    return "CheckworthinessModel[" + model.getLanguage().toUpperCase(Locale.ROOT) + "]";
  }
}
