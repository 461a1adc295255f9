package org.claimdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimdesk.nlp.ClaimExtractor;
import org.claimdesk.nlp.ExtractedItem;
import org.claimdesk.nlp.Extraction;
import org.claimdesk.nlp.ExtractionRequest;
import org.claimdesk.nlp.TextSpan;

/**
 * {@code eval-attribution}: compares found statements and speakers with PolNeAR's brat annotations,
 * restricted on both sides to attributions whose cue is a speech or reporting verb or "according
 * to".
 */
public class EvalAttributionCommand implements CliCommand {
  static final Pattern REPORTING_CUE =
      Pattern.compile(
          "\\b(?:says?|said|saying|tell|tells|told|telling|add(?:s|ed|ing)?|not(?:e|es|ed|ing)|stat(?:e|es|ed|ing)"
              + "|claim(?:s|ed|ing)?|announc\\w*|explain\\w*|confirm\\w*|insist\\w*|argu\\w*|warn\\w*|emphasi[sz]\\w*"
              + "|stress\\w*|reiterat\\w*|describ\\w*|caution\\w*|acknowledg\\w*|reveal\\w*|indicat\\w*|report\\w*"
              + "|wr[io]te\\w*|written|tweet\\w*|post(?:s|ed|ing)?|suggest\\w*|declar\\w*|promis\\w*|vow\\w*|predict\\w*"
              + "|estimat\\w*|den(?:y|ies|ied|ying)|admit\\w*|urg(?:e|es|ed|ing)|assert\\w*|contend\\w*|maintain\\w*|observ\\w*|remark\\w*|repl(?:y|ies|ied|ying)|respond\\w*|answer\\w*|ask(?:s|ed|ing)?)\\b|according"
              + " to",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "eval-attribution";
  }

  @Override
  public String usage() {
    return "eval-attribution <polnear-dir>";
  }

  @Override
  public String summary() {
    return "Measures statement and speaker spans against PolNeAR attribution annotations (brat).";
  }

  record Gold(List<TextSpan> contents, List<TextSpan> sources) {}

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of(), Set.of());
      if (line.positionals.size() != 1) {
        throw new CommandLine.UsageException(
            "expected the PolNeAR folder (with attributions/ and text/)");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    Path dir = Path.of(line.positionals.get(0));
    Path annotations = dir.resolve("attributions");
    Path texts = dir.resolve("text");
    if (!Files.isDirectory(annotations) || !Files.isDirectory(texts)) {
      err.println(
          name()
              + ": "
              + dir
              + " has no attributions/ and text/ folders; expected PolNeAR data there");
      return 1;
    }
    try {
      Map<String, Path> firstAnnotationPerText = new TreeMap<>();
      try (Stream<Path> files = Files.list(annotations)) {
        files
            .filter(p -> p.toString().endsWith(".ann"))
            .sorted()
            .forEach(
                p -> {
                  String name = p.getFileName().toString();
                  String doc = name.substring(0, name.length() - 4).replaceFirst("_[^_]+$", "");
                  firstAnnotationPerText.putIfAbsent(doc, p);
                });
      }
      if (firstAnnotationPerText.isEmpty()) {
        err.println(name() + ": no .ann files in " + annotations);
        return 1;
      }
      ClaimExtractor extractor = new ClaimExtractor();
      Counts content = new Counts();
      Counts speaker = new Counts();
      int documents = 0;
      for (var entry : firstAnnotationPerText.entrySet()) {
        Path textFile = texts.resolve(entry.getKey() + ".txt");
        if (!Files.isRegularFile(textFile)) {
          continue;
        }
        documents++;
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Gold gold = readGold(entry.getValue());
        Extraction extraction = extractor.extract(text, ExtractionRequest.none());
        List<TextSpan> predictedContents = new ArrayList<>();
        List<TextSpan> predictedSpeakers = new ArrayList<>();
        for (ExtractedItem item : extraction.items()) {
          if (item.cue() != null
              && item.speaker() != null
              && REPORTING_CUE.matcher(item.cue()).find()) {
            predictedContents.add(item.content());
            predictedSpeakers.add(new TextSpan(item.speaker().start(), item.speaker().end()));
          }
        }
        content.add(predictedContents, gold.contents());
        speaker.add(predictedSpeakers, gold.sources());
      }
      out.printf("documents: %d%n", documents);
      out.printf("content spans: %s%n", content);
      out.printf("speaker spans: %s%n", speaker);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    }
  }

  static Gold readGold(Path annFile) throws IOException {
    Map<String, List<TextSpan>> spans = new HashMap<>();
    Map<String, String> spanText = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 2 && line.startsWith("T")) {
        String[] typeAndSpans = fields[1].split(" ", 2);
        if (typeAndSpans.length < 2) {
          continue;
        }
        List<TextSpan> parts = new ArrayList<>();
        for (String part : typeAndSpans[1].split(";")) {
          String[] offsets = part.trim().split(" ");
          parts.add(new TextSpan(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])));
        }
        spans.put(fields[0], parts);
        spanText.put(fields[0], fields.length > 2 ? fields[2] : "");
      } else if (fields.length >= 2 && line.startsWith("E")) {
        relations.add(fields[1].split(" "));
      }
    }
    List<TextSpan> contents = new ArrayList<>();
    List<TextSpan> sources = new ArrayList<>();
    for (String[] relation : relations) {
      String cue = null;
      String contentId = null;
      String sourceId = null;
      for (String role : relation) {
        String[] kv = role.split(":");
        if (kv.length != 2) {
          continue;
        }
        switch (kv[0]) {
          case "Cue" -> cue = kv[1];
          case "Content" -> contentId = kv[1];
          case "Source" -> sourceId = kv[1];
          default -> {}
        }
      }
      if (cue == null
          || contentId == null
          || !REPORTING_CUE.matcher(spanText.getOrDefault(cue, "")).find()) {
        continue;
      }
      contents.add(cover(spans.get(contentId)));
      if (sourceId != null && spans.containsKey(sourceId)) {
        sources.add(cover(spans.get(sourceId)));
      }
    }
    return new Gold(contents, sources);
  }

  private static TextSpan cover(List<TextSpan> parts) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (TextSpan p : parts) {
      start = Math.min(start, p.start());
      end = Math.max(end, p.end());
    }
    return new TextSpan(start, end);
  }

  /** Overlap-based precision and recall, summed over documents. */
  static final class Counts {
    int predicted;
    int predictedMatched;
    int gold;
    int goldMatched;

    void add(List<TextSpan> predictions, List<TextSpan> golds) {
      predicted += predictions.size();
      gold += golds.size();
      for (TextSpan p : predictions) {
        if (golds.stream().anyMatch(p::overlaps)) {
          predictedMatched++;
        }
      }
      for (TextSpan g : golds) {
        if (predictions.stream().anyMatch(g::overlaps)) {
          goldMatched++;
        }
      }
    }

    double precision() {
      return predicted == 0 ? 0 : (double) predictedMatched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    @Override
    public String toString() {
      double p = precision();
      double r = recall();
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(
          "precision %.3f (%d of %d found), recall %.3f (%d of %d annotated), F1 %.3f",
          p, predictedMatched, predicted, r, goldMatched, gold, f1);
    }
  }
}
