package org.claimdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.desk.ui.ClaimView;
import org.claimdesk.desk.ui.DocumentReaderView;
import org.claimdesk.desk.ui.MyWorkView;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13's defects on the claim page, the reader and My work, without a browser. */
@IntegrationTest
class DeskPagesTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired DocumentService documents;
  @Autowired UserService users;
  @Autowired JdbcTemplate jdbc;
  @Autowired AssignmentService assignments;

  private ClaimPageFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ClaimPageFixtures(claims, documents, users, jdbc);
  }

  private String text(String id) {
    return find(Component.class).id(id).getElement().getTextRecursively();
  }

  private boolean present(String id) {
    return find(Component.class).all().stream().anyMatch(c -> c.getId().orElse("").equals(id));
  }

  @Test
  void a_due_date_in_the_past_is_refused_with_a_clear_message() {
    ClaimSummary claim = fixtures.acceptedClaim("Rents rose 9% " + System.nanoTime());
    String reviewer = fixtures.reviewer("rita");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          assertThatThrownBy(
                  () ->
                      assignments.assign(
                          claim.id(), claim.version(), reviewer, DeskTime.today().minusDays(1)))
              .isInstanceOf(UserFacingException.class)
              .hasMessageContaining("has already passed")
              .hasMessageContaining("Pick today or a later date");
          assertThat(assignments.activeFor(claim.id())).isEmpty();
          assignments.assign(claim.id(), claim.version(), reviewer, DeskTime.today());
          assertThat(assignments.activeFor(claim.id())).isPresent();
        });
  }

  @Test
  void an_overdue_assignment_is_marked_on_the_claim_page_and_in_my_work() {
    ClaimSummary claim = fixtures.acceptedClaim("Bus fares halved " + System.nanoTime());
    String reviewer = fixtures.reviewer("otto");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () ->
            assignments.assign(
                claim.id(), claim.version(), reviewer, DeskTime.today().plusDays(1)));
    // Time passes: the due date is now two days ago.
    jdbc.update(
        "update assignment set due_date = ? where claim_id = ?",
        DeskTime.today().minusDays(2),
        claim.id());
    jdbc.update(
        "update claim set due_date = ? where id = ?", DeskTime.today().minusDays(2), claim.id());
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("claims/" + claim.id(), ClaimView.class);
          assertThat(text("assignment-current")).contains("(overdue)");
          assertThat(find(Component.class).id("assignment-current").hasClassName("overdue"))
              .isTrue();
          assertThat(text("claim-due")).endsWith("(overdue)");
        });
    SignedIn.as(
        reviewer,
        Role.REVIEWER,
        () -> {
          navigate(MyWorkView.class);
          @SuppressWarnings("unchecked")
          Grid<ClaimSummary> grid = find(Grid.class).id("my-work-grid");
          var rows = test(grid);
          assertThat(rows.size()).isEqualTo(1);
          assertThat(rows.getCellText(0, 2)).endsWith("(overdue)");
          assertThat(grid.getPartNameGenerator().apply(rows.getRow(0))).isEqualTo("overdue");
        });
  }

  @Test
  void the_assign_controls_are_absent_where_assigning_would_be_refused() {
    ClaimSummary fresh = fixtures.newClaim("Tram lines doubled " + System.nanoTime());
    ClaimSummary accepted = fixtures.acceptedClaim("Ferries run hourly " + System.nanoTime());
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("claims/" + fresh.id(), ClaimView.class);
          assertThat(present("assign-reviewer")).isFalse();
          assertThat(present("assign")).isFalse();
          assertThat(text("assignment-unavailable")).contains("Accept the claim");

          ClaimSummary dismissed =
              claims.changeStatus(fresh.id(), fresh.version(), ClaimStatus.DISMISSED, "No");
          navigate("claims/" + dismissed.id(), ClaimView.class);
          assertThat(present("assign-reviewer")).isFalse();
          assertThat(text("assignment-unavailable")).contains("dismissed");

          navigate("claims/" + accepted.id(), ClaimView.class);
          assertThat(find(ComboBox.class).id("assign-reviewer").isVisible()).isTrue();
          assertThat(present("assignment-unavailable")).isFalse();
        });
  }

  @Test
  void the_speaker_reads_the_same_on_the_claim_page_and_in_the_reader() {
    ClaimSummary claim = fixtures.claimFromWireCopy("Xinhua", DeskTime.today().plusDays(5));
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("claims/" + claim.id(), ClaimView.class);
          assertThat(text("claim-speaker")).isEqualTo("unnamed sources (anonymous sources)");
          ClaimItemView item = claims.appearances(claim.id()).getFirst();
          String onClaimPage = text("appearance-speaker-" + item.id());
          assertThat(onClaimPage).isEqualTo("Xinhua (organisation)");
          assertThat(onClaimPage).doesNotContain("_", "ORGANIZATION");
        });
  }

  @Test
  void the_documents_web_address_is_a_link_on_the_claim_page_and_in_the_reader() {
    ClaimSummary claim = fixtures.claimFromWireCopy("Reuters", DeskTime.today().plusDays(5));
    List<ClaimItemView> items =
        SignedIn.as(fixtures.edna(), Role.EDITOR, () -> claims.appearances(claim.id()));
    long documentId = items.getFirst().documentId();
    jdbc.update(
        "update document set url = ? where id = ?", "https://news.example/peace-plan", documentId);
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("claims/" + claim.id(), ClaimView.class);
          Anchor onClaim = find(Anchor.class).id("appearance-url-" + items.getFirst().id());
          assertThat(onClaim.getHref()).isEqualTo("https://news.example/peace-plan");
          assertThat(onClaim.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
          assertThat(onClaim.getElement().getAttribute("target")).isEqualTo("_blank");

          navigate("documents/" + documentId, DocumentReaderView.class);
          assertThat(find(Anchor.class).id("document-web-address").getHref())
              .isEqualTo("https://news.example/peace-plan");
        });
    // An address that is not http(s), stored before the check existed, is never a link.
    jdbc.update("update document set url = ? where id = ?", "javascript:alert(1)", documentId);
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("documents/" + documentId, DocumentReaderView.class);
          assertThat(present("document-web-address")).isFalse();
        });
  }

  @Test
  void one_notice_at_a_time_and_a_success_clears_the_error() {
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("claims/999999999", ClaimView.class);
          Notices.error("Pick a reviewer to assign.");
          Notices.error("The due date has already passed.");
          assertThat(openNotices()).hasSize(1);
          assertThat(test(openNoticeList().getFirst()).getText())
              .contains("The due date has already passed.");
          Notices.success("Assigned.");
          assertThat(openNotices()).containsExactly("Assigned.");
          Notices.error("Something else.");
          assertThat(Notices.attempt(() -> {})).isTrue();
          assertThat(openNotices()).isEmpty();
        });
  }

  private List<Notification> openNoticeList() {
    return find(Notification.class).all().stream().filter(Notification::isOpened).toList();
  }

  private List<String> openNotices() {
    return openNoticeList().stream().map(n -> test(n).getText()).toList();
  }
}
