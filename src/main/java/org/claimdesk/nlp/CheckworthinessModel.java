package org.claimdesk.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The trained check-worthiness model: a small neural network (one hidden layer) over the readable
 * signals of {@link CheckworthinessFeatures} and the sentence embedding of the statement. Trained
 * by {@code train-checkworthiness}; the weights trained on CheckThat! 2024 ship in the jar and are
 * used by default. Immutable and thread-safe. See docs/design-decisions/DD-checkworthiness.md.
 */
public final class CheckworthinessModel {
  static final String SHIPPED = "/org/claimdesk/nlp/checkworthiness-model.bin";
  private static final int MAGIC = 0x43445357; // "CDSW"
  private static final int VERSION = 1;

  private static volatile CheckworthinessModel shipped;

  private final float[] mean;
  private final float[] scale;
  private final List<Network> networks;
  private final double threshold;

  private CheckworthinessModel(
      float[] mean, float[] scale, List<Network> networks, double threshold) {
    this.mean = mean;
    this.scale = scale;
    this.networks = List.copyOf(networks);
    this.threshold = threshold;
  }

  /**
   * One member of the ensemble: hidden[h][i] is the weight of input i into hidden unit h; with no
   * hidden units, output holds one weight per input (logistic regression).
   */
  private record Network(float[][] hidden, float[] hiddenBias, float[] output, float outputBias) {
    double probability(float[] x) {
      double z = outputBias;
      if (hidden.length == 0) {
        for (int i = 0; i < x.length; i++) {
          z += output[i] * x[i];
        }
      } else {
        for (int h = 0; h < hidden.length; h++) {
          double a = hiddenBias[h];
          float[] w = hidden[h];
          for (int i = 0; i < x.length; i++) {
            a += w[i] * x[i];
          }
          if (a > 0) {
            z += output[h] * a;
          }
        }
      }
      return sigmoid(z);
    }
  }

  /** How a model is trained; {@link #DEFAULT} holds the settings chosen on the dev set. */
  public record Training(
      int members,
      int hiddenUnits,
      int epochs,
      double learningRate,
      double l2,
      double positiveWeight,
      boolean embeddings,
      long seed) {
    public static final Training DEFAULT = new Training(5, 16, 10, 0.001, 1e-4, 2, true, 20251201);

    public Training withMembers(int n) {
      return new Training(
          n, hiddenUnits, epochs, learningRate, l2, positiveWeight, embeddings, seed);
    }

    public Training withHiddenUnits(int units) {
      return new Training(
          members, units, epochs, learningRate, l2, positiveWeight, embeddings, seed);
    }

    public Training withEpochs(int n) {
      return new Training(
          members, hiddenUnits, n, learningRate, l2, positiveWeight, embeddings, seed);
    }

    public Training withoutEmbeddings() {
      return new Training(
          members, hiddenUnits, epochs, learningRate, l2, positiveWeight, false, seed);
    }

    public Training withPositiveWeight(double w) {
      return new Training(members, hiddenUnits, epochs, learningRate, l2, w, embeddings, seed);
    }

    public Training withL2(double value) {
      return new Training(
          members, hiddenUnits, epochs, learningRate, value, positiveWeight, embeddings, seed);
    }

    public Training withLearningRate(double value) {
      return new Training(
          members, hiddenUnits, epochs, value, l2, positiveWeight, embeddings, seed);
    }
  }

  /** The model that ships in the jar, loaded once. */
  public static CheckworthinessModel shipped() {
    CheckworthinessModel result = shipped;
    if (result == null) {
      synchronized (CheckworthinessModel.class) {
        result = shipped;
        if (result == null) {
          try (InputStream in = CheckworthinessModel.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
              throw new IOException(SHIPPED + " is not on the classpath");
            }
            shipped = result = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("could not load the check-worthiness model", e);
          }
        }
      }
    }
    return result;
  }

  /** The input vector of one statement: its readable signals, then (optionally) its embedding. */
  static float[] input(float[] signals, float[] embedding) {
    float[] input = new float[signals.length + embedding.length];
    System.arraycopy(signals, 0, input, 0, signals.length);
    System.arraycopy(embedding, 0, input, signals.length, embedding.length);
    return input;
  }

  /** Whether this model reads embeddings (a features-only model needs none). */
  boolean usesEmbeddings() {
    return mean.length > CheckworthinessFeatures.SIGNALS.size();
  }

  /**
   * The check-worthiness of a statement on a 0..1 scale where 0.5 is this model's decision
   * threshold, so that callers keep one threshold whatever the model.
   */
  double score(String text, CheckworthinessFeatures.Score features) {
    float[] embedding = usesEmbeddings() ? SentenceEmbeddings.shared().embed(text) : new float[0];
    float[] signals = CheckworthinessFeatures.signals(features.value(), features.reasons(), text);
    return calibrated(probability(input(signals, embedding)));
  }

  double calibrated(double probability) {
    return probability < threshold
        ? 0.5 * probability / threshold
        : 0.5 + 0.5 * (probability - threshold) / (1 - threshold);
  }

  /** The network's output for one input vector, before the threshold is applied. */
  double probability(float[] input) {
    if (input.length != mean.length) {
      throw new IllegalArgumentException(
          "input of " + input.length + " values for a model of " + mean.length);
    }
    float[] x = standardised(input);
    double sum = 0;
    for (Network network : networks) {
      sum += network.probability(x);
    }
    return sum / networks.size();
  }

  /** The decision threshold on {@link #probability}, chosen when the model was trained. */
  public double threshold() {
    return threshold;
  }

  /** A copy of this model with another decision threshold. */
  public CheckworthinessModel withThreshold(double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("threshold must be within (0, 1): " + value);
    }
    return new CheckworthinessModel(mean, scale, networks, value);
  }

  private float[] standardised(float[] input) {
    float[] x = new float[input.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (input[i] - mean[i]) * scale[i];
    }
    return x;
  }

  /**
   * Trains on input vectors (see {@link #input}) with mini-batch Adam and log loss, positives
   * weighted by {@link Training#positiveWeight}; the threshold is 0.5 until {@link #withThreshold}.
   */
  static CheckworthinessModel fit(List<float[]> inputs, List<Boolean> labels, Training t) {
    if (inputs.isEmpty() || inputs.size() != labels.size()) {
      throw new IllegalArgumentException("no training examples");
    }
    int d = inputs.get(0).length;
    int n = inputs.size();
    float[] mean = new float[d];
    float[] scale = new float[d];
    for (float[] x : inputs) {
      for (int i = 0; i < d; i++) {
        mean[i] += x[i] / n;
      }
    }
    for (float[] x : inputs) {
      for (int i = 0; i < d; i++) {
        scale[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / n;
      }
    }
    for (int i = 0; i < d; i++) {
      scale[i] = scale[i] < 1e-12 ? 0 : (float) (1 / Math.sqrt(scale[i]));
    }
    float[][] xs = new float[n][];
    CheckworthinessModel scaling = new CheckworthinessModel(mean, scale, List.of(), 0.5);
    for (int k = 0; k < n; k++) {
      xs[k] = scaling.standardised(inputs.get(k));
    }
    List<Network> networks = new ArrayList<>();
    for (int member = 0; member < t.members(); member++) {
      networks.add(fitNetwork(xs, labels, t, new Random(t.seed() + member)));
    }
    return new CheckworthinessModel(mean, scale, networks, 0.5);
  }

  private static Network fitNetwork(float[][] xs, List<Boolean> labels, Training t, Random random) {
    int n = xs.length;
    int d = xs[0].length;
    int units = t.hiddenUnits();
    float[][] w1 = new float[units][d];
    float[] b1 = new float[units];
    float[] w2 = new float[units == 0 ? d : units];
    double init = Math.sqrt(2.0 / d);
    for (float[] row : w1) {
      for (int i = 0; i < d; i++) {
        row[i] = (float) (random.nextGaussian() * init);
      }
    }
    if (units > 0) {
      for (int h = 0; h < units; h++) {
        w2[h] = (float) (random.nextGaussian() * Math.sqrt(1.0 / units));
      }
    }
    Adam adam = new Adam(units * d + units + w2.length + 1, t.learningRate());
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    int batch = 32;
    float[] b2 = {0};
    double[] grad = new double[adam.size];
    float[] activation = new float[units];
    for (int epoch = 0; epoch < t.epochs(); epoch++) {
      shuffle(order, random);
      for (int start = 0; start < n; start += batch) {
        java.util.Arrays.fill(grad, 0);
        int end = Math.min(n, start + batch);
        for (int b = start; b < end; b++) {
          float[] x = xs[order[b]];
          boolean yes = labels.get(order[b]);
          double z = b2[0];
          if (units == 0) {
            for (int i = 0; i < d; i++) {
              z += w2[i] * x[i];
            }
          } else {
            for (int h = 0; h < units; h++) {
              double a = b1[h];
              for (int i = 0; i < d; i++) {
                a += w1[h][i] * x[i];
              }
              activation[h] = a > 0 ? (float) a : 0;
              z += w2[h] * activation[h];
            }
          }
          double weight = yes ? t.positiveWeight() : 1;
          double dz = weight * (sigmoid(z) - (yes ? 1 : 0)) / (end - start);
          int o = units * d + units;
          if (units == 0) {
            for (int i = 0; i < d; i++) {
              grad[o + i] += dz * x[i];
            }
          } else {
            for (int h = 0; h < units; h++) {
              grad[o + h] += dz * activation[h];
              if (activation[h] > 0) {
                double da = dz * w2[h];
                int row = h * d;
                for (int i = 0; i < d; i++) {
                  grad[row + i] += da * x[i];
                }
                grad[units * d + h] += da;
              }
            }
          }
          grad[adam.size - 1] += dz;
        }
        adam.step(grad, t.l2(), w1, b1, w2, b2, d);
      }
    }
    return new Network(w1, b1, w2, b2[0]);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  // Adam over the parameters laid out as w1 (row by row), b1, w2, b2.
  private static final class Adam {
    final int size;
    final double rate;
    final double[] m;
    final double[] v;
    int step;

    Adam(int size, double rate) {
      this.size = size;
      this.rate = rate;
      m = new double[size];
      v = new double[size];
    }

    void step(double[] grad, double l2, float[][] w1, float[] b1, float[] w2, float[] b2, int d) {
      step++;
      double c1 = 1 - Math.pow(0.9, step);
      double c2 = 1 - Math.pow(0.999, step);
      int units = w1.length;
      int k = 0;
      for (int h = 0; h < units; h++) {
        for (int i = 0; i < d; i++, k++) {
          w1[h][i] -= (float) update(k, grad[k] + l2 * w1[h][i], c1, c2);
        }
      }
      for (int h = 0; h < units; h++, k++) {
        b1[h] -= (float) update(k, grad[k], c1, c2);
      }
      for (int i = 0; i < w2.length; i++, k++) {
        w2[i] -= (float) update(k, grad[k] + l2 * w2[i], c1, c2);
      }
      b2[0] -= (float) update(k, grad[k], c1, c2);
    }

    private double update(int k, double g, double c1, double c2) {
      m[k] = 0.9 * m[k] + 0.1 * g;
      v[k] = 0.999 * v[k] + 0.001 * g * g;
      return rate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + 1e-8);
    }
  }

  public static CheckworthinessModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + " is not a check-worthiness model: " + e.getMessage(), e);
    }
  }

  public void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  private void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(mean.length);
    out.writeInt(networks.size());
    out.writeInt(networks.get(0).hidden().length);
    out.writeDouble(threshold);
    writeFloats(out, mean);
    writeFloats(out, scale);
    for (Network network : networks) {
      for (float[] row : network.hidden()) {
        writeFloats(out, row);
      }
      writeFloats(out, network.hiddenBias());
      writeFloats(out, network.output());
      out.writeFloat(network.outputBias());
    }
    out.flush();
  }

  private static CheckworthinessModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a check-worthiness model file");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("model file version " + version + ", expected " + VERSION);
    }
    int d = in.readInt();
    int members = in.readInt();
    int units = in.readInt();
    int signals = CheckworthinessFeatures.SIGNALS.size();
    if ((d != signals && d != signals + SentenceEmbeddings.DIMENSIONS)
        || members < 1
        || members > 100
        || units < 0
        || units > 4096) {
      throw new IOException(
          "the model reads " + d + " inputs; this version gives " + signals + " signals");
    }
    double threshold = in.readDouble();
    float[] mean = readFloats(in, d);
    float[] scale = readFloats(in, d);
    List<Network> networks = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      float[][] hidden = new float[units][];
      for (int h = 0; h < units; h++) {
        hidden[h] = readFloats(in, d);
      }
      float[] hiddenBias = readFloats(in, units);
      float[] output = readFloats(in, units == 0 ? d : units);
      networks.add(new Network(hidden, hiddenBias, output, in.readFloat()));
    }
    if (in.read() != -1) {
      throw new IOException("the model file has data after its weights");
    }
    return new CheckworthinessModel(mean, scale, networks, threshold);
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  private static float[] readFloats(DataInputStream in, int n) throws IOException {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }

  @Override
  public String toString() {
    return "CheckworthinessModel["
        + mean.length
        + " inputs, "
        + networks.size()
        + " networks of "
        + networks.get(0).hidden().length
        + " hidden units, threshold "
        + String.format(java.util.Locale.ROOT, "%.3f", threshold)
        + "]";
  }

  /**
   * Trains on labelled statements; the decision threshold is the one with the best F1 of the
   * check-worthy class on {@code tuning} (the training rows themselves when it is empty).
   */
  public static CheckworthinessModel train(
      List<LabelledStatement> rows, List<LabelledStatement> tuning, Training training) {
    long positives = rows.stream().filter(LabelledStatement::checkworthy).count();
    if (positives == 0 || positives == rows.size()) {
      throw new IllegalArgumentException("training needs both check-worthy and other statements");
    }
    List<float[]> inputs = inputs(rows, training.embeddings());
    CheckworthinessModel model = fit(inputs, labels(rows), training);
    List<LabelledStatement> held = tuning.isEmpty() ? rows : tuning;
    List<float[]> heldInputs = tuning.isEmpty() ? inputs : inputs(tuning, training.embeddings());
    double[] probabilities = new double[held.size()];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = model.probability(heldInputs.get(i));
    }
    return model.withThreshold(bestThreshold(probabilities, labels(held)));
  }

  /**
   * The threshold on {@code probabilities} with the best F1 of the positive class, averaged over
   * its neighbours (within 0.05) so that a plateau wins over a lucky spike of a small dev set.
   */
  static double bestThreshold(double[] probabilities, List<Boolean> labels) {
    double[] f1 = new double[101];
    for (int step = 1; step < 100; step++) {
      f1[step] = f1(probabilities, labels, step / 100.0);
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 5; step <= 95; step++) {
      double sum = 0;
      for (int k = step - 5; k <= step + 5; k++) {
        sum += f1[k];
      }
      if (sum > bestF1) {
        bestF1 = sum;
        best = step / 100.0;
      }
    }
    return best;
  }

  /** F1 of the positive class when probabilities at or above the threshold count as positive. */
  static double f1(double[] probabilities, List<Boolean> labels, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < probabilities.length; i++) {
      boolean predicted = probabilities[i] >= threshold;
      if (predicted && labels.get(i)) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (labels.get(i)) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /**
   * Model inputs of labelled statements, computed as at extraction time: the signals of the best
   * statement the built-in scorer finds in the text, then the embedding of the text.
   */
  static List<float[]> inputs(List<LabelledStatement> rows, boolean embeddings) {
    ClaimExtractor features = new ClaimExtractor(null);
    return rows.parallelStream()
        .map(
            row -> {
              StatementScore score = features.scoreStatement(row.text());
              float[] signals =
                  CheckworthinessFeatures.signals(score.score(), score.reasons(), row.text());
              return input(
                  signals,
                  embeddings ? SentenceEmbeddings.shared().embed(row.text()) : new float[0]);
            })
        .toList();
  }

  static List<Boolean> labels(List<LabelledStatement> rows) {
    List<Boolean> labels = new ArrayList<>(rows.size());
    for (LabelledStatement row : rows) {
      labels.add(row.checkworthy());
    }
    return labels;
  }
}
