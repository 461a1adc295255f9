package org.claimdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
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

  /** The tokenizer and token filters of {@value #ENGLISH}, by their Lucene names, in order. */
  static final String TOKENIZER = "standard";

  static final List<String> FILTERS =
      List.of("englishPossessive", "lowercase", "asciiFolding", "stop", "porterStem");

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    var english = context.analyzer(ENGLISH).custom().tokenizer(TOKENIZER);
    for (String filter : FILTERS) {
      english.tokenFilter(filter);
    }
    context.normalizer(LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
  }

  /**
   * The {@value #ENGLISH} analyzer outside the index, for ranking texts that are not in the
   * database (the {@code eval-matching} command) exactly as the index ranks claims.
   */
  public static Analyzer english() {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(TOKENIZER);
      for (String filter : FILTERS) {
        builder.addTokenFilter(filter);
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
