package org.claimdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saves a 900,000-character document (the Geneva sample, repeated and numbered) on the embedded H2
 * database and prints how long it took. A measurement by hand, not a test:
 *
 * <pre>./mvnw -q test -Dtest=LargeDocumentBenchmark</pre>
 *
 * (add {@code -Dbench.postgres=true} to run it on embedded PostgreSQL instead).
 */
@Tag("bench")
@IntegrationTest
class LargeDocumentBenchmark {

  static final int CHARACTERS = 900_000;

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired org.claimdesk.nlp.ClaimExtractor extractor;
  @Autowired org.springframework.context.ApplicationContext context;

  @org.springframework.test.context.DynamicPropertySource
  static void database(org.springframework.test.context.DynamicPropertyRegistry registry) {
    if (Boolean.getBoolean("bench.postgres")) {
      org.claimdesk.support.EmbeddedPostgresDatabase.register(registry);
    }
  }

  static String largeText() throws Exception {
    String sample = Files.readString(IngestTest.SAMPLE);
    StringBuilder text = new StringBuilder(CHARACTERS + sample.length());
    for (int part = 1; text.length() < CHARACTERS; part++) {
      text.append("Part ").append(part).append(".\n\n").append(sample).append("\n\n");
    }
    text.setLength(CHARACTERS);
    return text.toString();
  }

  @Test
  void save_a_900000_character_document() throws Exception {
    String text = largeText();
    // A real editor's account, created through the user service as the other tests do.
    String editor = new DeskScenario(context).people.editor();
    // Warm the extractor up on a small text first, so that the figure is the save.
    SignedIn.as(
        editor,
        Role.EDITOR,
        () ->
            documents.ingest(
                new DocumentDraft("warm-up", null, null, null, text.substring(0, 20_000))));
    long extractStart = System.nanoTime();
    int found =
        extractor
            .extract(text, new org.claimdesk.nlp.ExtractionRequest("Large", null, null))
            .items()
            .size();
    long extractMillis = (System.nanoTime() - extractStart) / 1_000_000;
    System.out.printf(
        "%nLargeDocumentBenchmark: extraction alone: %,d items in %,d ms%n", found, extractMillis);
    long start = System.nanoTime();
    IngestResult result =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () -> documents.ingest(new DocumentDraft("Large", null, null, null, text)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "%nLargeDocumentBenchmark: %,d characters, %,d items, saved in %,d ms%n%n",
        text.length(), result.items(), millis);
    assertThat(result.items()).isGreaterThan(1000);
  }
}
