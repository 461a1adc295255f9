package org.claimdesk.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers the index uses on the embedded Lucene backend: {@value #ENGLISH} for statements,
 * speakers, titles and texts (so that "rises" finds "rising"), and {@value #LOWERCASE} for keyword
 * filters that ignore case.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

  /** Words split at Unicode boundaries, lower-cased, folded to ASCII, stop words out, stemmed. */
  public static final String ENGLISH = "english";

  /** A whole value lower-cased and folded to ASCII, for case-blind keyword filters. */
  public static final String LOWERCASE = "lowercase";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilter("englishPossessive")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("stop")
        .tokenFilter("porterStem");
    context.normalizer(LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
  }
}
