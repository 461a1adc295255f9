package org.claimdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.claimdesk.cli.CliCommands;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilding the index finds what reached the database behind the index's back (a restored backup,
 * a bulk load), from the admin's button and from {@code reindex} on a stopped desk.
 */
@IntegrationTest
class IndexRebuildTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired SearchService search;
  @Autowired ClaimCandidates candidates;

  @Test
  void the_admins_rebuild_indexes_rows_written_past_the_index_and_reports_its_progress()
      throws Exception {
    String word = "okapiland" + System.nanoTime();
    long id = 900_000_000L + ThreadLocalRandom.current().nextLong(1_000_000);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into claim (id, version, statement, status, checkworthiness, created_at,"
            + " updated_at) values (?, 0, ?, 'NEW', 0.5, ?, ?)",
        id,
        "Loaded in bulk: " + word + " exports doubled",
        now,
        now);
    assertThat(candidates.candidates(word, 5)).isEmpty();

    IndexProgress started = SignedIn.as("admin", Role.ADMIN, () -> search.rebuildIndex());
    IndexProgress progress = started;
    long deadline = System.currentTimeMillis() + 60_000;
    while (progress.running() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      progress = SignedIn.as("admin", Role.ADMIN, () -> search.indexProgress());
    }

    assertThat(progress.running()).isFalse();
    assertThat(progress.failure()).isNull();
    assertThat(progress.indexed()).isGreaterThanOrEqualTo(1);
    assertThat(progress.percent()).isEqualTo(100);
    assertThat(candidates.candidates(word, 5))
        .extracting(ClaimCandidate::claimId)
        .containsExactly(id);
  }

  @Test
  void the_reindex_command_rebuilds_a_stopped_desks_index_in_its_data_folder(@TempDir Path data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        CliCommands.standard()
            .dispatch(
                List.of("reindex", "--data-dir", data.toString()),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Rebuilt the search index:");
    assertThat(Files.isDirectory(data.resolve("index"))).isTrue();
  }

  @Test
  void the_reindex_command_explains_an_unknown_argument() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        CliCommands.standard()
            .dispatch(
                List.of("reindex", "now"),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument 'now'");
  }
}
