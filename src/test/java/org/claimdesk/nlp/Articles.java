package org.claimdesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test articles: the shared sample and the fixtures written for these tests. */
final class Articles {
  static final Path SAMPLE = Path.of("../shared/samples/geneva-talks.txt");
  static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private Articles() {}

  static String sample() {
    try {
      return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = Articles.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExtractedItem itemStartingWith(Extraction extraction, String prefix) {
    List<ExtractedItem> found =
        extraction.items().stream().filter(i -> i.text().startsWith(prefix)).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one item starting with '"
              + prefix
              + "' but found "
              + found.size()
              + " in "
              + extraction.items().stream().map(ExtractedItem::text).toList());
    }
    return found.get(0);
  }
}
