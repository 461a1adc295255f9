package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
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
}
