package org.claimdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListTest {
  // Lists whose entries keep their capitals because they are matched as written.
  private static final List<String> CASE_KEPT = List.of("news-agencies");

  private static List<Path> lists() throws IOException, URISyntaxException {
    Path folder = Path.of(WordList.class.getResource(WordList.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void every_list_is_sorted_without_duplicates_blank_lines_or_stray_spaces() throws Exception {
    List<Path> lists = lists();
    assertThat(lists).hasSizeGreaterThan(15);
    for (Path list : lists) {
      List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
      String name = list.getFileName().toString().replace(".txt", "");
      assertThat(lines).as(name).isNotEmpty().doesNotHaveDuplicates();
      assertThat(lines).as(name + " has no blank line").noneMatch(String::isBlank);
      assertThat(lines).as(name + " is trimmed").allMatch(l -> l.equals(l.strip()));
      List<String> sorted = new ArrayList<>(lines);
      sorted.sort(null);
      assertThat(lines).as(name + " is sorted").isEqualTo(sorted);
      if (!CASE_KEPT.contains(name)) {
        assertThat(lines)
            .as(name + " is lower-case")
            .allMatch(l -> l.equals(l.toLowerCase(Locale.ROOT)));
      }
    }
  }

  @Test
  void lists_are_read_once_into_the_lexicon() {
    assertThat(Lexicon.CUES).contains("said", "told", "announced").doesNotContain("");
    assertThat(Lexicon.PARTICIPLES).containsEntry("noting", "noted");
    assertThat(Lexicon.DEMONYMS).containsEntry("russia", "russian");
    assertThat(Lexicon.NEWS_AGENCIES).contains("Reuters", "Yonhap", "Bernama", "PTI");
    assertThat(Lexicon.CUES).isSameAs(Lexicon.CUES);
  }

  @Test
  void an_agency_pattern_prefers_the_longer_name() {
    assertThat(WordList.alternation(List.of("Kyodo", "Kyodo News"))).startsWith("\\QKyodo News\\E");
  }
}
