package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Map;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The document reader's triage, driven as an editor drives it, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class DocumentReaderViewTest extends SpringBrowserlessTest {

  private static final String WIRE_STORY =
      """
      LONDON (Reuters) - The central bank said on Tuesday that inflation fell to 2.1% in October.
      Finance minister Jane Holt told reporters the budget would cut spending by 4 billion pounds.
      Some analysts said the figures had never been this low since 2019.
      """;

  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired ApplicationContext context;
  @Autowired AuditService audit;
  private long documentId;
  private DeskScenario desk;

  @BeforeEach
  void ingestAsEditor() {
    desk = new DeskScenario(context);
    SignedIn.begin(desk.people.editor(), Role.EDITOR);
    documentId =
        documents
            .ingest(
                new DocumentDraft(
                    "Inflation falls " + System.nanoTime(),
                    "Reuters",
                    null,
                    LocalDate.of(2025, 11, 4),
                    // The reference sits in the body: a closing line of its own would count as
                    // boilerplate, which duplicate detection ignores.
                    WIRE_STORY.replace(
                        "since 2019.", "since 2019, ref " + System.nanoTime() + ".")))
            .document()
            .id();
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private DocumentReaderView open() {
    return navigate(DocumentReaderView.class, Map.of("id", String.valueOf(documentId)));
  }

  @Test
  void the_text_shows_each_item_highlighted_and_the_first_is_selected() {
    DocumentReaderView reader = open();
    var items = claims.itemsOfDocument(documentId);
    assertThat(items).isNotEmpty();
    long marks =
        reader
            .text
            .getElement()
            .getChildren()
            .filter(e -> !e.isTextNode() && "mark".equals(e.getTag()))
            .count();
    assertThat(marks).isEqualTo(items.size());
    assertThat(reader.details.getElement().getTextRecursively()).contains(items.getFirst().text());
    assertThat(reader.items.getColumns())
        .extracting(com.vaadin.flow.component.grid.Grid.Column::getHeaderText)
        .containsSubsequence("Statement", "Status", "Speaker", "Score");
  }

  @Test
  void accepting_moves_the_claim_on_and_selects_the_next_item() {
    DocumentReaderView reader = open();
    var before = claims.itemsOfDocument(documentId);
    assertThat(before).hasSizeGreaterThan(1);
    reader.acceptSelected();
    var after = claims.itemsOfDocument(documentId);
    assertThat(after.getFirst().claimStatus()).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(reader.details.getElement().getTextRecursively()).contains(after.get(1).text());
    reader.move(-1);
    assertThat(reader.details.getElement().getTextRecursively()).contains("Accepted");
  }

  @Test
  void a_reviewer_reads_but_gets_no_triage_buttons() {
    SignedIn.begin(desk.people.reviewer(), Role.REVIEWER);
    DocumentReaderView reader = open();
    assertThat(reader.details.getElement().getTextRecursively()).doesNotContain("Accept (A)");
    reader.acceptSelected(); // the keyboard shortcut is not even registered; calling it is refused
    assertThat(claims.itemsOfDocument(documentId))
        .extracting(ClaimItemView::claimStatus)
        .containsOnly(ClaimStatus.NEW);
  }

  @Test
  void an_unknown_document_says_so() {
    DocumentReaderView reader = navigate(DocumentReaderView.class, Map.of("id", "999999"));
    assertThat(reader.getElement().getTextRecursively()).contains("This document does not exist");
  }

  @Test
  void select_all_ticks_every_item_and_select_all_shown_only_those_the_filter_shows() {
    DocumentReaderView reader = open();
    reader.acceptSelected(); // the first item is accepted, the others stay new
    int all = claims.itemsOfDocument(documentId).size();
    test(reader.selectAll).click();
    assertThat(reader.items.getSelectedItems()).hasSize(all);
    reader.items.deselectAll();
    test(reader.show).selectItem(DocumentReaderView.ItemFilter.UNTRIAGED.label());
    assertThat(reader.shownItems()).hasSize(all - 1);
    test(reader.selectShown).click();
    assertThat(reader.items.getSelectedItems())
        .hasSize(all - 1)
        .extracting(ClaimItemView::claimStatus)
        .containsOnly(ClaimStatus.NEW);
  }

  @Test
  void pasted_html_reads_as_text_without_tags_and_the_original_can_be_shown() {
    String html =
        "<html><head><title>Budget</title><script>var tracking = 1;</script></head><body>"
            + "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>"
            + "<article><p>Finance minister Jane Holt said the deficit fell to 3.1% in 2024.</p>"
            + "<p>The central bank said inflation was 2.4% in October, ref "
            + System.nanoTime()
            + ".</p></article></body></html>";
    documentId =
        documents
            .ingest(new DocumentDraft("Budget " + System.nanoTime(), null, null, null, html))
            .document()
            .id();
    DocumentReaderView reader = open();
    String shown = reader.text.getElement().getTextRecursively();
    assertThat(shown)
        .contains("Finance minister Jane Holt said the deficit fell to 3.1% in 2024.")
        .doesNotContain("<p>", "</article>", "var tracking", "World");
    var marks =
        reader
            .text
            .getElement()
            .getChildren()
            .filter(e -> !e.isTextNode() && "mark".equals(e.getTag()))
            .map(e -> e.getTextRecursively())
            .toList();
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain("<", ">"));
    assertThat(marks).anySatisfy(m -> assertThat(m).contains("deficit fell to 3.1%"));

    test(reader.showOriginal).click();
    assertThat(reader.text.getElement().getTextRecursively()).contains("<article><p>Finance");
    test(reader.showOriginal).click();
    assertThat(reader.text.getElement().getTextRecursively()).doesNotContain("<p>");
  }

  @Test
  void withdrawing_dismisses_the_untriaged_claims_keeps_the_worked_ones_and_records_why() {
    DocumentReaderView reader = open();
    reader.acceptSelected();
    var before = claims.itemsOfDocument(documentId);
    long acceptedClaim = before.getFirst().claimId();
    test(reader.withdraw).click();
    WithdrawDocumentDialog dialog = $(WithdrawDocumentDialog.class).single();
    assertThat(dialog.getElement().getTextRecursively())
        .contains((before.size() - 1) + " untriaged claims go with it")
        .contains("1 claim already worked on stays");
    test(dialog.confirm).click();
    assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
    test(dialog.reason).setValue("pasted the wrong article");
    test(dialog.confirm).click();

    var after = claims.itemsOfDocument(documentId);
    assertThat(after.getFirst().claimStatus()).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(after.subList(1, after.size()))
        .extracting(ClaimItemView::claimStatus)
        .containsOnly(ClaimStatus.DISMISSED);
    assertThat(claims.find(after.get(1).claimId()).orElseThrow().statusReason())
        .isEqualTo("Its document was withdrawn: pasted the wrong article");
    assertThat(reader.withdrawnNote.isVisible()).isTrue();
    assertThat(reader.withdrawnNote.getText()).contains("pasted the wrong article");
    assertThat(reader.withdraw.isVisible()).as("withdrawn once only").isFalse();
    assertThat(audit.claimHistory(after.get(1).claimId()))
        .anySatisfy(
            e -> assertThat(e.reason()).isEqualTo("Document withdrawn: pasted the wrong article"));
    assertThat(claims.find(acceptedClaim).orElseThrow().status()).isEqualTo(ClaimStatus.ACCEPTED);
    // The same text can be added again, correctly this time.
    String again = documents.originalText(documentId).orElseThrow();
    assertThat(
            documents
                .ingest(new DocumentDraft("Again " + System.nanoTime(), null, null, null, again))
                .items())
        .isPositive();
  }

  @Test
  void a_reviewer_cannot_withdraw_a_document() {
    SignedIn.begin(desk.people.reviewer(), Role.REVIEWER);
    DocumentReaderView reader = open();
    assertThat(reader.withdraw.isVisible()).isFalse();
    assertThatThrownBy(() -> documents.withdraw(documentId, "no"))
        .isInstanceOf(AccessDeniedException.class);
  }
}
