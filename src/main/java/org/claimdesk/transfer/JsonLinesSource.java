package org.claimdesk.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one document a line with title, outlet, url, publishedDate and text. */
final class JsonLinesSource implements RecordSource {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path file;

  JsonLinesSource(Path file) {
    this.file = file;
  }

  @Override
  public void read(Consumer<SourceRecord> sink) throws IOException {
    Lines.read(
        file,
        (number, line) -> {
          if (line == null || !line.isBlank()) {
            sink.accept(parse(number, line));
          }
        });
  }

  private static SourceRecord parse(int number, @Nullable String line) {
    if (line == null) {
      return new SourceRecord.Broken(number, "not UTF-8 text (binary data?)");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return new SourceRecord.Broken(
          number, "not valid JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return new SourceRecord.Broken(number, "not a JSON object");
    }
    return Drafts.of(
        number,
        text(node, "title"),
        text(node, "outlet"),
        text(node, "url"),
        text(node, "publishedDate"),
        text(node, "text"));
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull()
        ? null
        : value.isString() ? value.stringValue() : value.toString();
  }

  static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    String first = end < 0 ? message : message.substring(0, end);
    return first.length() > 200 ? first.substring(0, 200) : first;
  }
}
