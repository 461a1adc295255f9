package org.claimdesk.nlp;

import opennlp.tools.util.Span;

/**
 * OpenNLP sentence detection, tokenization and part-of-speech tagging alone, with the same shared
 * models as the extractor: the baseline that the extraction's cost is measured against.
 */
public final class OpenNlpTagging {
  public OpenNlpTagging() {
    NlpModels.shared();
  }

  /** Tags the text and returns the number of tokens. */
  public int tokenCount(String text) {
    NlpModels.Tools tools = NlpModels.shared().tools();
    int tokens = 0;
    for (Span sentence : tools.sentences.sentPosDetect(text)) {
      String[] words = tools.tokenizer.tokenize(sentence.getCoveredText(text).toString());
      if (words.length > 0) {
        tools.tagger.tag(words);
        tokens += words.length;
      }
    }
    return tokens;
  }
}
