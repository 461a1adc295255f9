package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.event.SortEvent;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
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

/** The queue's filters travel in the address, so a link shows the same claims to a colleague. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class QueueViewTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired DocumentService documents;
  @Autowired ApplicationContext context;
  private String marker;

  @BeforeEach
  void claimsToFind() {
    SignedIn.begin(new DeskScenario(context).people.editor(), Role.EDITOR);
    marker = "harbour" + System.nanoTime();
    ClaimSummary accepted =
        claims.create("The " + marker + " handled 4 million boxes", "Port Authority", null);
    claims.changeStatus(accepted.id(), accepted.version(), ClaimStatus.ACCEPTED, null);
    claims.create("The " + marker + " is the busiest in Europe", "Mayor", null);
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  /** Opens the queue from an address, as a shared link or the back button does. */
  private static QueueView open(String query) {
    UI.getCurrent().navigate("claims", QueryParameters.fromString(query));
    return (QueueView) UI.getCurrent().getCurrentView();
  }

  private java.util.List<String> shownStatements(QueueView queue) {
    return queue
        .grid
        .getDataProvider()
        .fetch(new Query<>(0, QueueView.PAGE_SIZE, List.of(), null, null))
        .map(ClaimSummary::statement)
        .toList();
  }

  @Test
  void filtering_changes_the_address_and_the_address_restores_the_filters() {
    QueueView queue = navigate(QueueView.class);
    test(queue.text).setValue(marker);
    test(queue.status).selectItem("Accepted");

    String address =
        UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    assertThat(address).contains("q=" + marker).contains("status=ACCEPTED");
    assertThat(shownStatements(queue))
        .containsExactly("The " + marker + " handled 4 million boxes");

    QueueView shared = open("status=NEW&q=" + marker);
    assertThat(shared.status.getValue()).isEqualTo(Set.of(ClaimStatus.NEW));
    assertThat(shownStatements(shared))
        .containsExactly("The " + marker + " is the busiest in Europe");
    assertThat(shared.counts.getElement().getTextRecursively())
        .contains("New 1")
        .contains("Accepted 1");
  }

  @Test
  void a_mangled_address_is_ignored_rather_than_failing() {
    QueueView queue = open("status=BOGUS&from=yesterday&document=abc");
    assertThat(queue.status.getValue()).isEmpty();
    assertThat(queue.from.getValue()).isNull();
  }

  private static String address() {
    return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
  }

  @Test
  void a_sort_chosen_in_the_list_is_kept_in_the_address_and_restored_from_it() {
    QueueView queue = open("q=" + marker);
    List<GridSortOrder<ClaimSummary>> byDue =
        List.of(new GridSortOrder<>(queue.grid.getColumnByKey("dueDate"), SortDirection.ASCENDING));
    queue.grid.sort(byDue);
    ComponentUtil.fireEvent(queue.grid, new SortEvent<>(queue.grid, byDue, true));
    assertThat(address()).contains("sort=dueDate.asc").contains("q=" + marker);

    QueueView reloaded = open("q=" + marker + "&sort=checkworthiness.desc,nonsense.asc");
    assertThat(reloaded.grid.getSortOrder())
        .extracting(o -> o.getSorted().getKey() + " " + o.getDirection())
        .containsExactly("checkworthiness DESCENDING");
  }

  @Test
  void clicking_a_status_chip_shows_only_that_status_and_clicking_it_again_shows_all() {
    QueueView queue = open("q=" + marker);
    chip(queue, "accepted").click();
    QueueView filtered = (QueueView) UI.getCurrent().getCurrentView();
    assertThat(address()).contains("status=ACCEPTED");
    assertThat(shownStatements(filtered))
        .containsExactly("The " + marker + " handled 4 million boxes");
    assertThat(chip(filtered, "accepted").getElement().getAttribute("aria-pressed"))
        .isEqualTo("true");
    chip(filtered, "accepted").click();
    assertThat(address()).doesNotContain("status=");
    assertThat(shownStatements((QueueView) UI.getCurrent().getCurrentView())).hasSize(2);
  }

  private static Button chip(QueueView queue, String status) {
    return queue
        .counts
        .getChildren()
        .filter(c -> c.getId().orElse("").equals("status-chip-" + status))
        .map(Button.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_list_has_due_date_and_document_columns_and_the_form_filters_by_document() {
    long documentId =
        documents
            .ingest(
                new DocumentDraft(
                    "Port figures " + marker,
                    null,
                    null,
                    null,
                    "The port authority said it handled 5 million containers in 2024, "
                        + marker
                        + "."))
            .document()
            .id();
    QueueView queue = navigate(QueueView.class);
    assertThat(queue.grid.getColumns())
        .extracting(c -> c.getHeaderText())
        .contains("Statement", "Due", "Document");
    test(queue.document).selectItem("Port figures " + marker);
    assertThat(address()).contains("document=" + documentId);
    QueueView filtered = (QueueView) UI.getCurrent().getCurrentView();
    assertThat(filtered.document.getValue().id()).isEqualTo(documentId);
    assertThat(shownStatements(filtered)).isNotEmpty().allMatch(s -> s.contains("5 million"));
  }
}
