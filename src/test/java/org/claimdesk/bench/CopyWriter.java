package org.claimdesk.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one table through PostgreSQL's COPY (text format), a chunk at a time, which
 * loads hundreds of thousands of rows in seconds where single inserts would take minutes.
 */
final class CopyWriter implements AutoCloseable {

  private static final int ROWS_PER_CHUNK = 20_000;

  private final CopyManager copy;
  private final String sql;
  private final int rowsPerChunk;
  private final StringBuilder chunk = new StringBuilder(1 << 20);
  private int rowsInChunk;
  private long rows;
  private boolean firstField = true;

  CopyWriter(CopyManager copy, String table, String columns) {
    this(copy, table, columns, ROWS_PER_CHUNK);
  }

  private CopyWriter(CopyManager copy, String table, String columns, int rowsPerChunk) {
    this.copy = copy;
    this.sql = "copy " + table + " (" + columns + ") from stdin";
    this.rowsPerChunk = rowsPerChunk;
  }

  /**
   * A writer that keeps every row until it is closed, for rows whose foreign keys point at rows
   * written later.
   */
  static CopyWriter deferred(CopyManager copy, String table, String columns) {
    return new CopyWriter(copy, table, columns, Integer.MAX_VALUE);
  }

  CopyWriter add(@Nullable Object value) {
    if (!firstField) {
      chunk.append('\t');
    }
    firstField = false;
    if (value == null) {
      chunk.append("\\N");
    } else if (value instanceof Boolean b) {
      chunk.append(b ? 't' : 'f');
    } else {
      escape(value.toString());
    }
    return this;
  }

  void endRow() {
    chunk.append('\n');
    firstField = true;
    rows++;
    if (++rowsInChunk == rowsPerChunk) {
      flush();
    }
  }

  long rows() {
    return rows;
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> chunk.append("\\\\");
        case '\t' -> chunk.append("\\t");
        case '\n' -> chunk.append("\\n");
        case '\r' -> chunk.append("\\r");
        default -> chunk.append(c);
      }
    }
  }

  private void flush() {
    if (rowsInChunk == 0) {
      return;
    }
    try {
      copy.copyIn(sql, new StringReader(chunk.toString()));
    } catch (SQLException e) {
      throw new IllegalStateException("COPY failed: " + sql, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chunk.setLength(0);
    rowsInChunk = 0;
  }

  @Override
  public void close() {
    flush();
  }
}
