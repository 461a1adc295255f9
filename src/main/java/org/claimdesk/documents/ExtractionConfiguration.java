package org.claimdesk.documents;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimdesk.nlp.ClaimExtractor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One extractor for the whole application (its language models are loaded once), and its pool. */
@Configuration
class ExtractionConfiguration {

  @Bean
  ClaimExtractor claimExtractor() {
    return new ClaimExtractor();
  }

  /**
   * Extraction runs on at most {@code claimdesk.ingest.extraction-threads} threads (default: half
   * the cores, at least one), with a few texts waiting, each within {@code
   * claimdesk.ingest.extraction-timeout} (default two minutes).
   */
  @Bean(destroyMethod = "")
  ExtractionRunner extractionRunner(
      ClaimExtractor extractor,
      @Value("${claimdesk.ingest.extraction-threads:0}") int threads,
      @Value("${claimdesk.ingest.extraction-timeout:PT2M}") Duration timeout) {
    int size = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            size,
            size,
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(4 * size),
            work -> {
              Thread thread = new Thread(work, "extraction-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return new ExtractionRunner(extractor, pool, timeout);
  }
}
