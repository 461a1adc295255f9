package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void one_extractor_gives_the_same_result_on_many_threads() throws Exception {
    ClaimExtractor extractor = Articles.EXTRACTOR;
    List<String> texts =
        List.of(
            Articles.sample(),
            Articles.fixture("wire-reuters.txt"),
            Articles.fixture("broadcaster-report.txt"),
            Articles.fixture("interview-transcript.txt"),
            Articles.fixture("page.html"));
    ExtractionRequest request = ExtractionRequest.publishedOn(LocalDate.of(2025, 11, 23));
    List<Extraction> expected = texts.stream().map(t -> extractor.extract(t, request)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (String text : texts) {
          futures.add(pool.submit(() -> extractor.extract(text, request)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
