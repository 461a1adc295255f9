package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The pages of a claim's life as an editor sees them: a claim with a published verdict that an
 * editor links to a later appearance is "seen again" in the queue's filter (kept in the address),
 * first on the dashboard, and marked on the claim's timeline after the verdict's steps.
 */
@IntegrationTest
class ClaimLifeViewsTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired DocumentService documents;
  @Autowired ApplicationContext context;
  private DeskScenario desk;
  private String marker;
  private long publishedClaim;
  private String laterTitle;

  @BeforeEach
  void aPublishedClaimSeenAgain() {
    desk = new DeskScenario(context);
    marker = "ferry" + System.nanoTime();
    String statement =
        "The ferry operator said the crossing to the island of "
            + marker
            + " will take under an hour from June.";
    publishedClaim = firstClaimOf(ingest("Ferry timetable " + marker, statement));
    desk.publishVerdict(publishedClaim, Rating.MISLEADING, "Only the fast boat does");
    laterTitle = "Ferry timetable, again " + marker;
    long later = firstClaimOf(ingest(laterTitle, "Quoted once more. " + statement));
    // Linking is off in tests; the editor confirms the match, which links the item now.
    SignedIn.as(
        desk.people.editor(), Role.EDITOR, () -> claims.recordAsAppearance(later, publishedClaim));
    SignedIn.begin(desk.people.editor(), Role.EDITOR);
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private long ingest(String title, String text) {
    return SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () ->
                documents.ingest(
                    new DocumentDraft(title, "Harbour News", null, LocalDate.of(2025, 5, 2), text)))
        .document()
        .id();
  }

  private long firstClaimOf(long documentId) {
    return SignedIn.as(desk.people.editor(), Role.EDITOR, () -> claims.itemsOfDocument(documentId))
        .getFirst()
        .claimId();
  }

  private static String text(Component component) {
    return component.getElement().getTextRecursively();
  }

  @Test
  void the_queue_filter_is_kept_in_the_address_and_shows_the_columns() {
    QueueView queue = navigate(QueueView.class);
    test(queue.text).setValue(marker);
    queue.resurfaced.setValue(true);
    String address =
        UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    assertThat(address).contains("resurfaced=true").contains("q=" + marker);

    UI.getCurrent().navigate("claims", QueryParameters.fromString("resurfaced=true&q=" + marker));
    QueueView shared = (QueueView) UI.getCurrent().getCurrentView();
    assertThat(shared.resurfaced.getValue()).isTrue();
    List<ClaimSummary> shown =
        shared
            .grid
            .getDataProvider()
            .fetch(new Query<>(0, QueueView.PAGE_SIZE, List.of(), null, null))
            .toList();
    assertThat(shown).extracting(ClaimSummary::id).containsExactly(publishedClaim);
    assertThat(shown.getFirst().appearances()).isEqualTo(2);
    assertThat(shared.grid.getColumns())
        .extracting(c -> c.getHeaderText())
        .contains("Appearances", "Last seen");
    assertThat(shared.grid.getColumnByKey("appearanceCount").isSortable()).isTrue();
    assertThat(shared.grid.getColumnByKey("lastSeenAt").isSortable()).isTrue();
  }

  @Test
  void the_dashboard_lists_it_first_with_its_rating_and_where_it_was_seen_again() {
    navigate("", DashboardView.class);
    Component card = find(Component.class).id("seen-again");
    Component firstCard = card.getParent().orElseThrow().getChildren().findFirst().orElseThrow();
    assertThat(firstCard).isSameAs(card);
    ListItem line =
        find(ListItem.class).from(card).all().stream()
            .filter(li -> text(li).contains(marker))
            .findFirst()
            .orElseThrow();
    assertThat(text(line))
        .contains("Rated Misleading")
        .contains("seen again")
        .contains("'" + laterTitle + "' (Harbour News)");
  }

  @Test
  void the_timeline_puts_the_appearance_after_the_published_verdict() {
    navigate("claims/" + publishedClaim, ClaimView.class);
    List<String> lines =
        find(ListItem.class).from(find(Component.class).id("timeline")).all().stream()
            .map(ClaimLifeViewsTest::text)
            .toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    assertThat(lines.getFirst()).contains("Seen").contains("Ferry timetable " + marker);
    int published = indexOf(lines, "published the verdict Misleading");
    assertThat(indexOf(lines, "proposed the verdict Misleading")).isLessThan(published);
    assertThat(indexOf(lines, "approved the verdict Misleading")).isLessThan(published);
    int again = indexOf(lines, laterTitle);
    assertThat(again).isGreaterThan(published);
    assertThat(lines.get(again))
        .contains("Seen again")
        .contains("Harbour News")
        .contains("after the verdict was published");
    assertThat(lines.get(published)).contains("Test " + desk.people.secondEditor());
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with '" + text + "' in " + lines);
  }
}
