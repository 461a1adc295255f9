package org.claimdesk.documents;

import org.claimdesk.nlp.ClaimExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One extractor for the whole application: its language models are loaded once. */
@Configuration
class ExtractionConfiguration {

  @Bean
  ClaimExtractor claimExtractor() {
    return new ClaimExtractor();
  }
}
