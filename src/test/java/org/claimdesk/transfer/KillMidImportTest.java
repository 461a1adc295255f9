package org.claimdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.backend.lucene.lowlevel.common.impl.MetadataFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} on the command line, killed with kill -9 half-way: every document is wholly in
 * (its text and its items) or not at all, and running the same import again completes the rest. The
 * command runs in a JVM of its own on the test class path, on an embedded database in a temporary
 * folder.
 */
class KillMidImportTest {

  private static final int ARTICLES = 60;

  @TempDir Path dir;

  @Test
  void a_killed_import_leaves_whole_documents_and_a_rerun_completes_it() throws Exception {
    Path data = Files.createDirectory(dir.resolve("data"));
    Path file = ImportFiles.jsonLines(dir.resolve("wire.jsonl"), 7_000_000, ARTICLES, 250);

    ImportProcess killed = ImportProcess.start(data, file);
    killed.awaitImported(5, Duration.ofMinutes(4));
    killed.process().destroyForcibly();
    assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    int before;
    try (Connection c = open(data)) {
      before = count(c, "select count(*) from document");
      assertThat(before).isBetween(1, ARTICLES - 1);
      assertThat(
              count(
                  c,
                  "select count(*) from document d where not exists"
                      + " (select 1 from document_text t where t.document_id = d.id)"))
          .as("documents without their text")
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from document d where not exists"
                      + " (select 1 from claim_item i where i.document_id = d.id)"))
          .as("documents without their claim items")
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from claim c where not exists"
                      + " (select 1 from claim_item i where i.claim_id = c.id)"))
          .as("claims without an appearance")
          .isZero();
      assertThat(count(c, "select count(*) from import_job where state = 'RUNNING'")).isEqualTo(1);
      // The claims stored so far wait, each with its item, for the matching pass.
      assertThat(
              count(
                  c,
                  "select count(*) from match_pending p where not exists"
                      + " (select 1 from claim_item i where i.id = p.item_id"
                      + " and i.claim_id = p.claim_id)"))
          .as("queued matches without their item")
          .isZero();
      assertThat(count(c, "select count(*) from match_pending")).isPositive();
    }

    ImportProcess rerun = ImportProcess.start(data, file);
    assertThat(rerun.process().waitFor(8, TimeUnit.MINUTES)).as(rerun.console()).isTrue();
    Thread.sleep(300);
    assertThat(rerun.process().exitValue()).as(rerun.console()).isZero();
    assertThat(rerun.console())
        .contains(String.format("%d imported, %d already in, 0 failed", ARTICLES - before, before));
    try (Connection c = open(data)) {
      assertThat(count(c, "select count(*) from document")).isEqualTo(ARTICLES);
      assertThat(count(c, "select count(distinct content_hash) from document")).isEqualTo(ARTICLES);
      // The re-run's matching pass matched the killed run's claims as well as its own.
      assertThat(count(c, "select count(*) from match_pending")).isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from claim c where c.status <> 'DISMISSED' and not exists"
                      + " (select 1 from claim_embedding e where e.claim_id = c.id)"))
          .as("claims never matched")
          .isZero();
      // The import does not wait for the index at each document, so the kill may have lost the
      // last documents' entries; the re-run indexed again what the index lacked.
      assertThat(indexed(data, "document")).as("documents in the search index").isEqualTo(ARTICLES);
      assertThat(indexed(data, "claim"))
          .as("claims in the search index")
          .isEqualTo(count(c, "select count(*) from claim"));
    }
  }

  /** The entities (not their nested parts) in one of the process's Lucene indexes. */
  private static int indexed(Path data, String index) throws java.io.IOException {
    try (var directory = FSDirectory.open(data.resolve("index").resolve(index));
        var reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader)
          .count(new TermQuery(new Term(MetadataFields.typeFieldName(), "main")));
    }
  }

  private static Connection open(Path data) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + data.toAbsolutePath().resolve("claimdesk"), "claimdesk", "");
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
