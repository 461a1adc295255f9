package org.claimdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.nlp.Bm25Index;
import org.claimdesk.nlp.MatchRanking;
import org.claimdesk.nlp.SentenceEmbeddings;
import org.claimdesk.search.EnglishAnalysis;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-matching}: ranks the verified claims for each query of a CheckThat! 2022 task 2A
 * split as the desk matches a new item (BM25 candidates over claim and title, analysed as the
 * search index analyses statements, in a temporary in-memory Lucene index, re-ranked with sentence
 * embeddings) and prints MAP@1, MAP@5 and Recall@5 as the task's scorer computes them.
 */
public class EvalMatchingCommand implements CliCommand {
  /** BM25 candidates per query that the embeddings re-rank. */
  static final int CANDIDATES = 100;

  @Override
  public String name() {
    return "eval-matching";
  }

  @Override
  public String usage() {
    return "eval-matching <verified_claims.jsonl> <queries.tsv> <qrels.tsv> [--fusion weighted|rrf|bm25]";
  }

  @Override
  public String summary() {
    return "Measures claim matching on CheckThat! 2022 task 2A data: MAP@1, MAP@5, Recall@5.";
  }

  record VerifiedClaim(String id, String claim, String title) {}

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, Set.of("fusion"), Set.of());
      if (line.positionals.size() != 3) {
        throw new CommandLine.UsageException(
            "expected three files: verified claims (JSON Lines), queries (TSV) and qrels (TSV)");
      }
    } catch (CommandLine.UsageException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    String fusion = line.options.getOrDefault("fusion", "weighted");
    if (!Set.of("weighted", "rrf", "bm25").contains(fusion)) {
      err.println(name() + ": --fusion is weighted, rrf or bm25, not '" + fusion + "'");
      return 2;
    }
    try {
      List<VerifiedClaim> claims = readClaims(Path.of(line.positionals.get(0)));
      Map<String, String> queries = readQueries(Path.of(line.positionals.get(1)));
      Map<String, Set<String>> relevant = readQrels(Path.of(line.positionals.get(2)));
      if (claims.isEmpty()) {
        err.println(name() + ": no verified claims in " + line.positionals.get(0));
        return 1;
      }
      List<String> missing =
          relevant.keySet().stream().filter(q -> !queries.containsKey(q)).limit(3).toList();
      if (!missing.isEmpty()) {
        err.println(
            name() + ": the qrels name queries that the queries file lacks, e.g. " + missing);
        return 1;
      }
      Map<String, String> indexed = new LinkedHashMap<>();
      for (VerifiedClaim c : claims) {
        indexed.put(c.id(), c.claim() + " " + c.title());
      }
      // Analysed as the search index analyses statements, which gives the matcher its candidates.
      Bm25Index index = Bm25Index.of(indexed, EnglishAnalysis.english());
      SentenceEmbeddings embeddings = SentenceEmbeddings.shared();
      MatchRanking ranking = new MatchRanking();
      Map<String, float[]> statements = new HashMap<>();
      Map<String, float[]> titles = new HashMap<>();
      long started = System.nanoTime();
      for (VerifiedClaim c : claims) {
        statements.put(c.id(), embeddings.embed(c.claim()));
        titles.put(c.id(), embeddings.embed(c.title()));
      }
      long embedded = System.nanoTime();
      Scores scores = new Scores();
      for (Map.Entry<String, Set<String>> q : relevant.entrySet()) {
        String text = MatchRanking.matchable(queries.get(q.getKey()));
        List<MatchRanking.Candidate> candidates = new ArrayList<>();
        for (Bm25Index.Hit hit : index.search(text, CANDIDATES)) {
          candidates.add(
              new MatchRanking.Candidate(
                  hit.id(), hit.score(), statements.get(hit.id()), titles.get(hit.id())));
        }
        List<String> ranked;
        if (fusion.equals("bm25")) {
          ranked = candidates.stream().map(MatchRanking.Candidate::id).toList();
        } else {
          float[] query = embeddings.embed(text);
          ranked =
              (fusion.equals("rrf")
                      ? MatchRanking.reciprocalRankFusion(query, candidates)
                      : ranking.rank(query, candidates))
                  .stream().map(MatchRanking.Ranked::id).toList();
        }
        scores.add(ranked, q.getValue());
      }
      out.printf("queries: %d, verified claims: %d, fusion: %s%n", scores.n, claims.size(), fusion);
      out.printf("MAP@1: %.4f%n", scores.map1 / scores.n);
      out.printf("MAP@5: %.4f%n", scores.map5 / scores.n);
      out.printf("Recall@5: %.4f%n", scores.recall5 / scores.n);
      err.printf(
          "embedded %d claims in %.1f s, ranked in %.1f s%n",
          claims.size(), (embedded - started) / 1e9, (System.nanoTime() - embedded) / 1e9);
      return 0;
    } catch (IOException | JacksonException e) {
      err.println(name() + ": " + describe(e));
      return 1;
    }
  }

  private static String describe(Exception e) {
    return e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
  }

  /** Sums of average precision at 1 and 5 and of recall at 5, as the CheckThat! scorer counts. */
  static final class Scores {
    int n;
    double map1;
    double map5;
    double recall5;

    void add(List<String> ranked, Set<String> relevant) {
      n++;
      map1 += averagePrecision(ranked, relevant, 1);
      map5 += averagePrecision(ranked, relevant, 5);
      long found = ranked.stream().limit(5).filter(relevant::contains).count();
      recall5 += (double) found / relevant.size();
    }

    static double averagePrecision(List<String> ranked, Set<String> relevant, int k) {
      double sum = 0;
      int hits = 0;
      for (int i = 0; i < Math.min(k, ranked.size()); i++) {
        if (relevant.contains(ranked.get(i))) {
          hits++;
          sum += (double) hits / (i + 1);
        }
      }
      return sum / relevant.size();
    }
  }

  static List<VerifiedClaim> readClaims(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<VerifiedClaim> claims = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JacksonException e) {
        throw new IOException(file + " line " + number + " is not JSON: " + e.getOriginalMessage());
      }
      String id = node.path("vclaim_id").asString("");
      if (id.isBlank()) {
        throw new IOException(file + " line " + number + " has no vclaim_id");
      }
      claims.add(
          new VerifiedClaim(id, node.path("vclaim").asString(""), node.path("title").asString("")));
    }
    return claims;
  }

  static Map<String, String> readQueries(Path file) throws IOException {
    Map<String, String> queries = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.replace("\r", "").split("\t", 2);
      if (fields.length == 2 && !fields[0].isBlank()) {
        queries.put(fields[0].strip(), fields[1]);
      }
    }
    return queries;
  }

  /** {@code query_id<TAB>0<TAB>vclaim_id<TAB>relevance}; rows of relevance 0 are ignored. */
  static Map<String, Set<String>> readQrels(Path file) throws IOException {
    Map<String, Set<String>> relevant = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.replace("\r", "").strip().split("\t");
      if (line.isBlank()) {
        continue;
      }
      if (fields.length < 3) {
        throw new IOException("a qrels line without query, 0, claim and relevance: " + line);
      }
      if (fields.length >= 4 && fields[3].strip().equals("0")) {
        continue;
      }
      relevant
          .computeIfAbsent(fields[0].strip(), k -> new LinkedHashSet<>())
          .add(fields[2].strip());
    }
    return relevant;
  }
}
