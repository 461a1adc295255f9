package org.claimdesk.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimdesk.documents.UploadedText;
import org.claimdesk.shared.UserFacingException;

/**
 * A folder of .txt and .html files, one document each, in name order. HTML is stored as received;
 * extraction strips its boilerplate as for an upload. The title is the HTML title or the text's
 * first line.
 */
final class FolderSource implements RecordSource {

  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Path folder;

  FolderSource(Path folder) {
    this.folder = folder;
  }

  List<Path> files() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new UserFacingException(folder + " is not a folder.");
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(Files::isRegularFile).filter(FolderSource::readable).sorted().toList();
    }
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
  }

  @Override
  public void read(Consumer<SourceRecord> sink) throws IOException {
    int n = 0;
    for (Path file : files()) {
      n++;
      String name = file.getFileName().toString();
      String text;
      try {
        text = UploadedText.decode(name, Files.readAllBytes(file));
      } catch (UserFacingException e) {
        sink.accept(new SourceRecord.Broken(n, name + ": " + e.getMessage()));
        continue;
      }
      boolean html = !name.toLowerCase(Locale.ROOT).endsWith(".txt");
      String title = html ? htmlTitle(text) : firstLine(text);
      if (title == null || title.isBlank()) {
        title = name.replaceFirst("\\.[^.]+$", "");
      }
      SourceRecord record = Drafts.of(n, title, null, null, null, text);
      if (record instanceof SourceRecord.Broken broken) {
        record = new SourceRecord.Broken(n, name + ": " + broken.reason());
      }
      sink.accept(record);
    }
  }

  private static String htmlTitle(String html) {
    Matcher m = TITLE.matcher(html);
    if (!m.find()) {
      return "";
    }
    return m.group(1)
        .replaceAll("<[^>]*>", "")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R", 20)) {
      if (!line.isBlank()) {
        String t = line.strip();
        return t.length() <= 200 ? t : "";
      }
    }
    return "";
  }
}
