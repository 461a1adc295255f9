package org.claimdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk export's rows read into a new database keep every column's value and type. */
class DeskArchiveRowsTest {

  @TempDir Path dir;

  @Test
  void a_document_and_its_claim_are_read_back_with_their_ids_dates_and_times() throws Exception {
    Path zip = dir.resolve("desk.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "manifest.json", "{\"format\":\"claimdesk-desk-export\",\"formatVersion\":1}");
      put(
          out,
          "documents.jsonl",
          "{\"boilerplate\":\"[]\",\"content_hash\":\"abc\",\"id\":7,\"ingested_at\":"
              + "\"2026-03-14T09:30:00.123456Z\",\"ingested_by\":\"eda\",\"language\":\"en\","
              + "\"outlet\":\"CGTN\",\"published_date\":\"2025-11-23\",\"title\":\"Geneva\","
              + "\"url\":null,\"version\":0,\"wire_credits\":\"Xinhua\"}\n");
      put(out, "document_texts.jsonl", "{\"document_id\":7,\"original_text\":\"The text.\"}\n");
      put(
          out,
          "claims.jsonl",
          "{\"assignee\":null,\"checkworthiness\":0.75,\"claimant_kind\":\"PERSON\","
              + "\"claimant_name\":\"A Minister\",\"created_at\":\"2026-03-14T09:30:00Z\","
              + "\"current_rating\":null,\"due_date\":null,\"first_document_id\":7,\"id\":51,"
              + "\"outlet\":\"CGTN\",\"statement\":\"Exports rose\",\"status\":\"NEW\","
              + "\"status_reason\":null,\"updated_at\":\"2026-03-14T09:30:00Z\",\"version\":3}\n");
    }
    // One connection for the new database's whole life: H2 binds a check constraint to the session
    // that created it, so Flyway's connection must stay open (as the app's pool keeps it).
    var db =
        new org.springframework.jdbc.datasource.SingleConnectionDataSource(
            "jdbc:h2:mem:rows-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "claimdesk", "", true);
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    DeskArchive.Counts counts = new DeskArchive(db).importInto(zip);

    assertThat(counts.rows()).containsEntry("document", 1L).containsEntry("claim", 1L);
    try (var c = db.getConnection();
        var rs =
            c.createStatement()
                .executeQuery("select status, version, checkworthiness from claim where id = 51")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("NEW");
      assertThat(rs.getLong(2)).isEqualTo(3);
      assertThat(rs.getDouble(3)).isEqualTo(0.75);
    }
  }

  private static void put(ZipOutputStream out, String name, String text) throws Exception {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
