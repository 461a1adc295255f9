package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Map;
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
                    WIRE_STORY + System.nanoTime()))
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
        .contains("Speaker", "Cue", "Attribution", "Score", "Reasons");
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
}
