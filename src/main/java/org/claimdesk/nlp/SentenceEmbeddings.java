package org.claimdesk.nlp;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in-process on ONNX Runtime from the
 * model inside the jar. The model is loaded once, on first use, and serves every thread; vectors
 * have {@link #DIMENSIONS} components and unit length, so a dot product is the cosine similarity.
 */
public final class SentenceEmbeddings {
  /** The length of every vector. */
  public static final int DIMENSIONS = 384;

  private static volatile SentenceEmbeddings shared;

  private final EmbeddingModel model;

  private SentenceEmbeddings() {
    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  /** The process-wide instance; the first call loads the model (about a second). */
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
   * text beyond the model's 256 word pieces is embedded in parts and averaged by the library.
   */
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSIONS];
    }
    return model.embed(text).content().vector();
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
