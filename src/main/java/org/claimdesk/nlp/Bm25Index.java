package org.claimdesk.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over short texts held in memory, analysed with Lucene's English analyzer (lower case, stop
 * words, Porter stemming) as the desk's full-text index does. Built once, then safe for searching
 * from many threads.
 */
public final class Bm25Index {
  /** One text found for a query, with its BM25 score. */
  public record Hit(String id, double score) {}

  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private final IndexSearcher searcher;
  private final int size;

  private Bm25Index(IndexSearcher searcher, int size) {
    this.searcher = searcher;
    this.size = size;
  }

  /** Indexes each text under its id (iteration order does not matter). */
  public static Bm25Index of(Map<String, String> textsById) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try {
      IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
      config.setSimilarity(new BM25Similarity());
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (Map.Entry<String, String> e : textsById.entrySet()) {
          Document doc = new Document();
          doc.add(new StoredField(ID, e.getKey()));
          doc.add(new TextField(TEXT, e.getValue() == null ? "" : e.getValue(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setSimilarity(new BM25Similarity());
      return new Bm25Index(searcher, textsById.size());
    } catch (IOException e) {
      throw new UncheckedIOException("could not build the in-memory BM25 index", e);
    }
  }

  /** How many texts the index holds. */
  public int size() {
    return size;
  }

  /** The best {@code limit} texts for the query, best first; none for a query without terms. */
  public List<Hit> search(String query, int limit) {
    Set<String> terms = terms(query);
    if (terms.isEmpty() || limit <= 0 || size == 0) {
      return List.of();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int clauses = 0;
    for (String term : terms) {
      if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
        break;
      }
      builder.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    try {
      ScoreDoc[] docs = searcher.search(builder.build(), limit).scoreDocs;
      List<Hit> hits = new ArrayList<>(docs.length);
      var stored = searcher.storedFields();
      for (ScoreDoc d : docs) {
        hits.add(new Hit(stored.document(d.doc).get(ID), d.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("could not search the in-memory BM25 index", e);
    }
  }

  /** The analysed terms of a text (stemmed, without stop words), in order of first appearance. */
  public static Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = ANALYZER.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
