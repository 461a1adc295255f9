package org.claimdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.matching.DeferredMatching;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A bulk import stores its documents without matching their claims; the matching pass afterwards
 * links a statement the import repeats, as a pasted document's would be at once (H2, with the
 * shipped link threshold).
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(
    properties = "claimdesk.matching.link-threshold=0.90")
class DeferredMatchingImportTest {

  @Autowired ImportService imports;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired ApplicationContext context;
  @TempDir Path dir;

  private static String article(String title, String opening, String statement, String close) {
    return ImportFiles.article(
        title, "The Test Courier", "2026-03-14", opening + " " + statement + " " + close);
  }

  @Test
  void a_statement_repeated_inside_an_import_is_linked_once_the_matching_pass_has_run() {
    String editor = new DeskScenario(context).people.editor();
    long n = 1_000_000 + System.nanoTime() % 8_000_000;
    String statement =
        String.format(
            "Councillor Mara Lindqvist said the city spent %,d euros on the new harbour bridge"
                + " last year.",
            n);
    Path file =
        ImportFiles.write(
            dir.resolve("repeat.jsonl"),
            article(
                    "Harbour bridge costs questioned " + n,
                    "The council met on Tuesday to discuss the harbour budget.",
                    statement,
                    "The opposition asked for an independent audit of the accounts.")
                + "\n"
                + article(
                    "Bridge spending row continues " + n,
                    "Residents gathered outside the town hall on Wednesday evening.",
                    statement,
                    "A decision on the audit is expected before the summer break.")
                + "\n");

    ImportProgress done =
        SignedIn.as(
            editor,
            Role.EDITOR,
            () -> imports.run(ImportRequest.of(file, ImportFormat.JSONL), p -> {}));
    assertThat(done.imported()).isEqualTo(2);
    List<DocumentSummary> docs =
        SignedIn.as(editor, Role.EDITOR, () -> documents.recent(50)).stream()
            .filter(d -> d.title().endsWith(" " + n))
            .toList();
    assertThat(docs).hasSize(2);
    long older = Math.min(docs.get(0).id(), docs.get(1).id());
    long newer = Math.max(docs.get(0).id(), docs.get(1).id());

    // Stored without matching: each document's statement is a claim of its own so far.
    ClaimItemView first = itemWith(editor, older, n);
    ClaimItemView second = itemWith(editor, newer, n);
    assertThat(second.claimId()).isNotEqualTo(first.claimId());

    DeferredMatching.Pass pass = SignedIn.as(editor, Role.EDITOR, () -> imports.matchImported());
    assertThat(pass.items()).isGreaterThanOrEqualTo(2);
    assertThat(pass.linked()).isGreaterThanOrEqualTo(1);

    // After the pass both appearances are on the first claim; the second is dismissed pointing to
    // it.
    List<ClaimItemView> appearances =
        SignedIn.as(editor, Role.EDITOR, () -> claims.appearances(first.claimId()));
    assertThat(appearances).extracting(ClaimItemView::documentId).contains(older, newer);
    ClaimSummary repeated =
        SignedIn.as(editor, Role.EDITOR, () -> claims.find(second.claimId())).orElseThrow();
    assertThat(repeated.status()).isEqualTo(ClaimStatus.DISMISSED);
    assertThat(repeated.statusReason()).contains("#" + first.claimId());
    // A second pass finds nothing left to do.
    assertThat(SignedIn.as(editor, Role.EDITOR, () -> imports.matchImported()).items()).isZero();

    // A pasted document is still matched at once, without any pass.
    long pasted =
        SignedIn.as(
                editor,
                Role.EDITOR,
                () ->
                    documents.ingest(
                        new DocumentDraft(
                            "Pasted bridge story " + n,
                            "The Evening Post",
                            null,
                            LocalDate.of(2026, 3, 15),
                            "At the harbour on Thursday the mood was tense. "
                                + statement
                                + " The council will answer questions next week.")))
            .document()
            .id();
    assertThat(itemWith(editor, pasted, n).claimId()).isEqualTo(first.claimId());
  }

  private ClaimItemView itemWith(String editor, long documentId, long n) {
    String number = String.format("%,d", n);
    return SignedIn.as(editor, Role.EDITOR, () -> claims.itemsOfDocument(documentId)).stream()
        .filter(
            i -> i.text().contains(number) || i.sentence() != null && i.sentence().contains(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item with " + number + " in " + documentId));
  }
}
