package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.matching.BackgroundEmbedding;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reader under the desk's integrity rules: a stale click never overrides a colleague, and the
 * page costs a bounded number of queries however long the document is.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class DocumentReaderIntegrityTest extends SpringBrowserlessTest {

  @Autowired ApplicationContext context;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired EntityManagerFactory entityManagerFactory;

  private DeskScenario desk;
  private Statistics statistics;

  @BeforeEach
  void signIn() {
    desk = new DeskScenario(context);
    statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    SignedIn.begin(desk.people.editor(), Role.EDITOR);
  }

  @AfterEach
  void signOut() {
    statistics.setStatisticsEnabled(false);
    SignedIn.end();
  }

  /** A document of {@code sentences} check-worthy statements, each its own claim item. */
  private long document(int sentences) {
    StringBuilder text = new StringBuilder();
    long n = System.nanoTime();
    for (int i = 0; i < sentences; i++) {
      text.append("The minister said unemployment in region ")
          .append(i + 1)
          .append(" fell to ")
          .append(i % 9 + 1)
          .append(".")
          .append(i % 10)
          .append("% in 2024. ");
    }
    text.append("Reference ").append(n).append('.');
    return documents
        .ingest(
            new DocumentDraft(
                "Regional figures " + n,
                "Gazette",
                null,
                LocalDate.of(2025, 2, 1),
                text.toString()))
        .document()
        .id();
  }

  private DocumentReaderView open(long documentId) {
    return navigate(DocumentReaderView.class, Map.of("id", String.valueOf(documentId)));
  }

  private long queriesOf(Runnable work) {
    BackgroundEmbedding.awaitIdle(context);
    statistics.clear();
    work.run();
    return statistics.getPrepareStatementCount();
  }

  @Test
  void a_dismiss_from_a_stale_page_does_not_override_a_colleagues_accept() {
    long documentId = document(3);
    DocumentReaderView reader = open(documentId);
    ClaimItemView first = claims.itemsOfDocument(documentId).getFirst();
    SignedIn.as(
        desk.people.secondEditor(),
        Role.EDITOR,
        () ->
            claims.changeStatus(first.claimId(), first.claimVersion(), ClaimStatus.ACCEPTED, null));

    reader.dismissSelected();
    test($(TextField.class).id("dismiss-reason")).setValue("opinion");
    test($(Button.class).id("confirm-dismiss")).click();

    assertThat(claims.find(first.claimId()).orElseThrow().status()).isEqualTo(ClaimStatus.ACCEPTED);
  }

  @Test
  void opening_a_60_item_document_takes_as_many_queries_as_a_5_item_one() {
    long small = document(5);
    long large = document(60);
    assertThat(claims.itemsOfDocument(large)).hasSizeGreaterThanOrEqualTo(55);

    // A first page of the session reads what every page caches (the signed-in person, the
    // desk's settings); the reader's own queries are what is compared.
    open(small);
    long smallQueries = queriesOf(() -> open(small));
    long largeQueries = queriesOf(() -> open(large));

    assertThat(largeQueries).as("queries to open the 60-item document").isLessThanOrEqualTo(6);
    assertThat(largeQueries).isEqualTo(smallQueries);
  }

  @Test
  void accepting_an_item_costs_a_few_queries_and_reloads_nothing_else() {
    long large = document(60);
    DocumentReaderView reader = open(large);
    long queries = queriesOf(reader::acceptSelected);
    assertThat(queries).as("queries for one Accept").isLessThanOrEqualTo(6);

    List<ClaimItemView> after = claims.itemsOfDocument(large);
    assertThat(after.getFirst().claimStatus()).isEqualTo(ClaimStatus.ACCEPTED);
    assertThat(reader.details.getElement().getTextRecursively()).contains(after.get(1).text());
    // the page shows the new status without being reloaded
    assertThat(
            reader
                .text
                .getElement()
                .getChildren()
                .filter(
                    e -> String.valueOf(after.getFirst().id()).equals(e.getAttribute("data-item")))
                .findFirst()
                .orElseThrow()
                .getClassList())
        .contains("status-accepted");
    // and a second Accept on the next item uses the version the page now holds
    reader.acceptSelected();
    assertThat(claims.itemsOfDocument(large).get(1).claimStatus()).isEqualTo(ClaimStatus.ACCEPTED);
  }
}
