package org.claimdesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.jspecify.annotations.Nullable;

/**
 * The heavy OpenNLP models, loaded once per process from the classpath on the first text analysed
 * (not when an extractor is made, so that the web app answers before they are read). Models are
 * immutable and thread-safe; the tools built from them keep per-call state, so each thread gets its
 * own.
 */
final class NlpModels {
  private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final NlpModels SHARED = new NlpModels();

  private volatile @Nullable Loaded loaded;
  private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(loaded()));

  private NlpModels() {}

  static NlpModels shared() {
    return SHARED;
  }

  Tools tools() {
    return tools.get();
  }

  private Loaded loaded() {
    Loaded result = loaded;
    if (result == null) {
      synchronized (this) {
        result = loaded;
        if (result == null) {
          loaded = result = new Loaded();
        }
      }
    }
    return result;
  }

  /** The three models, read together. */
  private static final class Loaded {
    final SentenceModel sentenceModel;
    final TokenizerModel tokenizerModel;
    final POSModel posModel;

    Loaded() {
      try (InputStream s = open(SENTENCE);
          InputStream t = open(TOKENS);
          InputStream p = open(POS)) {
        sentenceModel = new SentenceModel(s);
        tokenizerModel = new TokenizerModel(t);
        posModel = new POSModel(p);
      } catch (IOException e) {
        throw new UncheckedIOException("could not load the OpenNLP English models", e);
      }
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model " + resource + " is not on the classpath");
    }
    return in;
  }

  /** The cheap, stateful tools of one thread. */
  static final class Tools {
    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final POSTaggerME tagger;

    private Tools(Loaded models) {
      sentences = new SentenceDetectorME(models.sentenceModel);
      tokenizer = new TokenizerME(models.tokenizerModel);
      tagger = new POSTaggerME(models.posModel);
    }
  }
}
