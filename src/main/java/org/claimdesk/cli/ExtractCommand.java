package org.claimdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.ExtractedItem;
import org.claimdesk.nlp.Extraction;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.nlp.MarkedSpan;
import org.claimdesk.nlp.Speaker;
import org.claimdesk.nlp.TimeExpression;
import org.claimdesk.nlp.WireCredit;
import tools.jackson.databind.json.JsonMapper;

/** {@code extract}: prints the claim items of an article as JSON or as a table. */
public class ExtractCommand implements CliCommand {
  private static final int LARGEST_FILE = 64 * 1024 * 1024;

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String usage() {
    return "extract <file|-> [--format json|text] [--published YYYY-MM-DD]";
  }

  @Override
  public String summary() {
    return "Splits an article, transcript or wire copy into claim items with speakers and scores.";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of("format", "published"), Set.of());
      if (line.positionals.size() != 1) {
        throw new CommandLine.UsageException("expected one file, or - for standard input");
      }
    } catch (CommandLine.UsageException e) {
      err.println("extract: " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    String format = line.options.getOrDefault("format", "json");
    if (!format.equals("json") && !format.equals("text")) {
      err.println("extract: --format must be json or text. Usage: " + usage());
      return 2;
    }
    LocalDate published = null;
    if (line.options.containsKey("published")) {
      try {
        published = LocalDate.parse(line.options.get("published"));
      } catch (DateTimeParseException e) {
        err.println("extract: --published must be a date like 2025-11-23. Usage: " + usage());
        return 2;
      }
    }
    String source = line.positionals.get(0);
    String text;
    try {
      text = readText(source, in);
    } catch (UnreadableInputException e) {
      err.println("extract: " + e.getMessage());
      return 1;
    }
    Extraction extraction =
        new ClaimExtractor().extract(text, new ExtractionRequest(null, published, null));
    if (extraction.message() != null) {
      // The JSON keeps the documented shape; the reason for an empty or partial result goes to
      // stderr.
      err.println("extract: " + extraction.message());
    }
    if (format.equals("json")) {
      out.println(
          JsonMapper.builder()
              .build()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(toJson(extraction)));
    } else {
      printTable(extraction, out);
    }
    return extraction.supported() ? 0 : 1;
  }

  static String readText(String source, InputStream in) throws UnreadableInputException {
    byte[] bytes;
    try {
      if (source.equals("-")) {
        bytes = in.readNBytes(LARGEST_FILE + 1);
      } else {
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
          throw new UnreadableInputException(source + " is a folder, not a file");
        }
        if (Files.size(path) > LARGEST_FILE) {
          throw new UnreadableInputException(source + " is larger than 64 MB; split it first");
        }
        bytes = Files.readAllBytes(path);
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException("no such file: " + source);
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read " + source + ": " + e.getMessage());
    }
    if (bytes.length > LARGEST_FILE) {
      throw new UnreadableInputException("input is larger than 64 MB; split it first");
    }
    String name = source.equals("-") ? "standard input" : source;
    for (byte b : bytes) {
      if (b == 0) {
        throw new UnreadableInputException(name + " contains binary data (NUL bytes), not text");
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException(
          name + " is not UTF-8 text (binary data or another encoding)");
    }
  }

  static Map<String, Object> toJson(Extraction extraction) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("language", extraction.language());
    document.put("publishedDate", text(extraction.publishedDate()));
    document.put("boilerplate", spans(extraction.boilerplate()));
    document.put("captions", spans(extraction.captions()));
    document.put("headings", spans(extraction.headings()));
    List<Object> credits = new ArrayList<>();
    for (WireCredit credit : extraction.wireCredits()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("agency", credit.agency());
      c.put("start", credit.start());
      c.put("end", credit.end());
      c.put("text", credit.text());
      credits.add(c);
    }
    document.put("wireCredits", credits);
    List<Object> items = new ArrayList<>();
    for (ExtractedItem item : extraction.items()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("id", item.id());
      i.put("text", item.text());
      i.put("claim", item.claim());
      i.put("sentence", item.sentence());
      i.put("start", item.start());
      i.put("end", item.end());
      Speaker speaker = item.speaker();
      if (speaker == null) {
        i.put("speaker", null);
      } else {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", speaker.name());
        s.put("role", speaker.role());
        s.put("mention", speaker.mention());
        s.put("start", speaker.start());
        s.put("end", speaker.end());
        s.put("kind", speaker.kind().name());
        s.put("via", speaker.via());
        i.put("speaker", s);
      }
      i.put("cue", item.cue());
      i.put("attribution", item.attribution().name());
      i.put("score", item.score());
      i.put("checkworthy", item.checkworthy());
      i.put("reasons", item.reasons());
      if (item.followUp() == null) {
        i.put("followUp", null);
      } else {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reason", item.followUp().reason());
        f.put("suggestedDate", text(item.followUp().suggestedDate()));
        i.put("followUp", f);
      }
      List<Object> times = new ArrayList<>();
      for (TimeExpression time : item.times()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("text", time.text());
        t.put("start", time.start());
        t.put("end", time.end());
        t.put("date", text(time.date()));
        times.add(t);
      }
      i.put("times", times);
      items.add(i);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("document", document);
    root.put("items", items);
    return root;
  }

  private static List<Object> spans(List<MarkedSpan> spans) {
    List<Object> list = new ArrayList<>();
    for (MarkedSpan span : spans) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", span.start());
      m.put("end", span.end());
      m.put("text", span.text());
      m.put("reason", span.reason());
      list.add(m);
    }
    return list;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static void printTable(Extraction extraction, PrintStream out) {
    out.printf(
        "language: %s%s%n",
        extraction.language(), extraction.supported() ? "" : " (not supported)");
    if (extraction.message() != null) {
      out.println("note: " + extraction.message());
    }
    out.println(
        "published: "
            + (extraction.publishedDate() == null ? "unknown" : extraction.publishedDate()));
    List<String> credits = new ArrayList<>();
    extraction.wireCredits().forEach(c -> credits.add(c.agency()));
    out.println("wire credits: " + (credits.isEmpty() ? "none" : String.join(", ", credits)));
    for (MarkedSpan b : extraction.boilerplate()) {
      out.printf("left out (%s): %s%n", b.reason(), shorten(b.text(), 80));
    }
    for (MarkedSpan c : extraction.captions()) {
      out.printf("caption: %s%n", shorten(c.text(), 80));
    }
    for (MarkedSpan h : extraction.headings()) {
      out.printf("heading: %s%n", h.text());
    }
    out.println();
    out.printf(
        "%-4s %-5s %-3s %-28s %-18s %-13s %s%n",
        "id", "score", "chk", "speaker", "cue", "attribution", "statement");
    for (ExtractedItem item : extraction.items()) {
      String speaker = "-";
      if (item.speaker() != null) {
        Speaker s = item.speaker();
        speaker =
            (s.name() != null ? s.name() : s.mention()) + " [" + s.kind().name().charAt(0) + "]";
      }
      out.printf(
          "%-4d %-5.2f %-3s %-28s %-18s %-13s %s%n",
          item.id(),
          item.score(),
          item.checkworthy() ? "yes" : "no",
          shorten(speaker, 28),
          shorten(item.cue() == null ? "-" : item.cue(), 18),
          item.attribution().name(),
          shorten(item.text(), 120));
      if (!item.reasons().isEmpty()) {
        out.printf("%-4s why: %s%n", "", String.join("; ", item.reasons()));
      }
      if (item.followUp() != null) {
        out.printf(
            "%-4s follow up: %s (by %s)%n",
            "", item.followUp().reason(), item.followUp().suggestedDate());
      }
      for (TimeExpression t : item.times()) {
        out.printf(
            "%-4s time: \"%s\" = %s%n", "", t.text(), t.date() == null ? "unresolved" : t.date());
      }
    }
  }

  private static String shorten(String s, int max) {
    String flat = s.replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  /** The input cannot be read as text; the message is meant for the person at the terminal. */
  static final class UnreadableInputException extends Exception {
    UnreadableInputException(String message) {
      super(message);
    }
  }
}
