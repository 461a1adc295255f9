package org.claimdesk.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in-process on ONNX Runtime from the
 * model inside the jar. The model is loaded once, on first use, and serves every thread; vectors
 * have {@link #DIMENSIONS} components and unit length, so a dot product is the cosine similarity.
 */
public final class SentenceEmbeddings {
  /** The length of every vector. */
  public static final int DIMENSIONS = 384;

  private static volatile SentenceEmbeddings shared;

  /** How many recent texts keep their vectors; a repeated statement is then embedded once. */
  static final int CACHED = 4_096;

  // Loaded on the first embedding rather than with the instance: the web app creates the instance
  // while it starts, and ONNX Runtime with the model costs seconds and about 100 MB (start-up.md).
  private volatile @Nullable EmbeddingModel model;

  // Access-ordered, so the least recently used text goes first; guarded by its own lock.
  private final Map<String, float[]> recent =
      new LinkedHashMap<>(CACHED * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHED;
        }
      };

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private SentenceEmbeddings() {}

  private EmbeddingModel model() {
    EmbeddingModel result = model;
    if (result == null) {
      synchronized (this) {
        result = model;
        if (result == null) {
          model = result = new MiniLm(load());
        }
      }
    }
    return result;
  }

  // One ONNX Runtime thread per call and no spin-waiting: the caller's thread does the work, as
  // on a shared server the default (a spinning pool as wide as the machine) slows everyone down.
  private static OnnxBertBiEncoder load() {
    try (InputStream onnx = resource(MODEL);
        InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = environment.createSession(onnx.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the embedding model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load the embedding model", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEmbeddings.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath");
    }
    return in;
  }

  /** all-MiniLM-L6-v2 on the session above; lists of texts are embedded on the calling thread. */
  private static final class MiniLm extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    MiniLm(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }

  /** The process-wide instance; its first embedding loads the model (about a second). */
  public static SentenceEmbeddings shared() {
    SentenceEmbeddings result = shared;
    if (result == null) {
      synchronized (SentenceEmbeddings.class) {
        result = shared;
        if (result == null) {
          shared = result = new SentenceEmbeddings();
        }
      }
    }
    return result;
  }

  /**
   * The embedding of one text, computed on the calling thread. Blank text gets the zero vector;
   * text beyond the model's 256 word pieces is embedded in parts and averaged by the library. The
   * last {@link #CACHED} texts keep their vectors, as one document often repeats a sentence.
   */
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSIONS];
    }
    float[] known;
    synchronized (recent) {
      known = recent.get(text);
    }
    if (known != null) {
      return known.clone();
    }
    float[] vector = model().embed(text).content().vector();
    synchronized (recent) {
      recent.put(text, vector.clone());
    }
    return vector;
  }

  /** Forgets the recent vectors, so that a benchmark measures the model and not the cache. */
  public void forgetRecent() {
    synchronized (recent) {
      recent.clear();
    }
  }

  /** The cosine similarity of two vectors of the same length (1 for the same direction). */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors of different lengths: " + a.length + ", " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
