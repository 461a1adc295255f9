package org.claimdesk.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link EnglishAnalysis}, defined the same way on Elasticsearch or OpenSearch.
 */
public class ElasticsearchEnglishAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .tokenFilter("english_possessive")
        .type("stemmer")
        .param("language", "possessive_english");
    context
        .analyzer(EnglishAnalysis.ENGLISH)
        .custom()
        .tokenizer("standard")
        .tokenFilters("english_possessive", "lowercase", "asciifolding", "stop", "porter_stem");
    context
        .normalizer(EnglishAnalysis.LOWERCASE)
        .custom()
        .tokenFilters("lowercase", "asciifolding");
  }
}
