package org.claimdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.transfer.ImportFiles;
import org.claimdesk.transfer.ImportFormat;
import org.claimdesk.transfer.ImportProgress;
import org.claimdesk.transfer.ImportRequest;
import org.claimdesk.transfer.ImportService;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An import whose matching pass never ran (its command stopped once the documents were in) is
 * matched by the running desk's sweep, as the desk itself (H2, the shipped link threshold).
 */
@IntegrationTest
@TestPropertySource(
    properties = {"claimdesk.matching.link-threshold=0.90", "claimdesk.matching.sweep-quiet=PT0S"})
class PendingMatchSweepTest {

  @Autowired ImportService imports;
  @Autowired ClaimService claims;
  @Autowired DocumentService documents;
  @Autowired DeferredMatching matching;
  @Autowired PendingMatchSweep sweep;
  @Autowired ApplicationContext context;
  @TempDir Path dir;

  @Test
  void claims_an_import_left_queued_are_matched_by_the_sweep_and_a_second_sweep_finds_none()
      throws IOException {
    String editor = new DeskScenario(context).people.editor();
    long n = 1_000_000 + System.nanoTime() % 8_000_000;
    String statement =
        String.format(
            "Alderman Piet Hoekstra said the port authority paid %,d euros for the dredging work"
                + " in March.",
            n);
    Path file =
        Files.writeString(
            dir.resolve("queued.jsonl"),
            article("Dredging bill " + n, "The harbour board met on Monday.", statement)
                + "\n"
                + article("Dredging row " + n, "Fishermen protested at the quay.", statement)
                + "\n");
    ImportProgress done =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () -> imports.run(ImportRequest.of(file, ImportFormat.JSONL), p -> {}));
    assertThat(done.imported()).isEqualTo(2);
    List<ClaimItemView> items = itemsWith(editor, n);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).claimId()).isNotEqualTo(items.get(1).claimId());
    assertThat(matching.pendingCount()).isPositive();

    // The import's own pass never ran; the sweep does its work.
    DeferredMatching.Pass pass = sweep.sweep().orElseThrow();
    assertThat(pass.items()).isGreaterThanOrEqualTo(2);
    assertThat(pass.linked()).isGreaterThanOrEqualTo(1);
    assertThat(matching.pendingCount()).isZero();

    long kept = Math.min(items.get(0).claimId(), items.get(1).claimId());
    long repeated = Math.max(items.get(0).claimId(), items.get(1).claimId());
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> claims.appearances(kept))).hasSize(2);
    var dismissed = SignedIn.as(editor, Role.EDITOR, () -> claims.find(repeated)).orElseThrow();
    assertThat(dismissed.status()).isEqualTo(ClaimStatus.DISMISSED);
    assertThat(dismissed.statusReason()).contains("#" + kept);

    assertThat(sweep.sweep()).as("nothing is left for a second sweep").isEmpty();
  }

  private static String article(String title, String opening, String statement) {
    return ImportFiles.article(
        title,
        "The Harbour Gazette",
        "2026-03-20",
        opening + " " + statement + " The board meets again in April.");
  }

  private List<ClaimItemView> itemsWith(String editor, long n) {
    String number = String.format("%,d", n);
    return SignedIn.as(editor, Role.EDITOR, () -> documents.recent(50)).stream()
        .filter(d -> d.title().endsWith(" " + n))
        .flatMap(
            d -> SignedIn.as(editor, Role.EDITOR, () -> claims.itemsOfDocument(d.id())).stream())
        .filter(i -> i.text().contains(number))
        .toList();
  }
}
