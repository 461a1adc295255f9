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
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over short texts held in memory, analysed with Lucene's English analyzer (lower case, stop
 * words, Porter stemming) or with an analyzer given, such as the search index's own (so that a
 * command ranking texts outside the database ranks them as the index does). Texts may be added or
 * replaced while other threads search; a search sees every text added before it began.
 */
public final class Bm25Index {
  /** One text found for a query, with its BM25 score. */
  public record Hit(String id, double score) {}

  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private static final String KEY = "key";

  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private Bm25Index(Analyzer analyzer) {
    this.analyzer = analyzer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setSimilarity(new BM25Similarity());
      writer = new IndexWriter(new ByteBuffersDirectory(), config);
      searchers =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                  IndexSearcher searcher = new IndexSearcher(reader);
                  searcher.setSimilarity(new BM25Similarity());
                  return searcher;
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("could not open an in-memory BM25 index", e);
    }
  }

  /** An empty index. */
  public static Bm25Index empty() {
    return new Bm25Index(ANALYZER);
  }

  /** Indexes each text under its id (iteration order does not matter). */
  public static Bm25Index of(Map<String, String> textsById) {
    return of(textsById, ANALYZER);
  }

  /** Indexes each text under its id, analysed with {@code analyzer}, query and texts alike. */
  public static Bm25Index of(Map<String, String> textsById, Analyzer analyzer) {
    Bm25Index index = new Bm25Index(analyzer);
    textsById.forEach(index::put);
    return index;
  }

  /** Adds a text, or replaces the text stored under the same id. */
  public void put(String id, String text) {
    Document doc = new Document();
    doc.add(new StoredField(ID, id));
    doc.add(new StringField(KEY, id, Field.Store.NO));
    doc.add(new TextField(TEXT, text == null ? "" : text, Field.Store.NO));
    try {
      writer.updateDocument(new Term(KEY, id), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("could not add to the in-memory BM25 index", e);
    }
  }

  /** Forgets the text stored under an id. */
  public void remove(String id) {
    try {
      writer.deleteDocuments(new Term(KEY, id));
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove from the in-memory BM25 index", e);
    }
  }

  /** How many texts the index holds. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  /** The best {@code limit} texts for the query, best first; none for a query without terms. */
  public List<Hit> search(String query, int limit) {
    Set<String> terms = terms(query, analyzer);
    if (terms.isEmpty() || limit <= 0) {
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
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        ScoreDoc[] docs = searcher.search(builder.build(), limit).scoreDocs;
        List<Hit> hits = new ArrayList<>(docs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc d : docs) {
          hits.add(new Hit(stored.document(d.doc).get(ID), d.score));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not search the in-memory BM25 index", e);
    }
  }

  /** The analysed terms of a text (stemmed, without stop words), in order of first appearance. */
  public static Set<String> terms(String text) {
    return terms(text, ANALYZER);
  }

  /** The terms of a text as {@code analyzer} makes them, in order of first appearance. */
  public static Set<String> terms(String text, Analyzer analyzer) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
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
