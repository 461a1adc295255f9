package org.claimdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.desk.ui.ClaimView;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceDraft;
import org.claimdesk.evidence.SourceKind;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The claim page as an editor uses it, without a browser. */
@IntegrationTest
class ClaimViewTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired DocumentService documents;
  @Autowired UserService users;
  @Autowired EvidenceService evidence;
  @Autowired JdbcTemplate jdbc;
  @Autowired AssignmentService assignments;

  private ClaimPageFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ClaimPageFixtures(claims, documents, users, jdbc);
  }

  private void open(ClaimSummary claim) {
    navigate("claims/" + claim.id(), ClaimView.class);
  }

  private void click(String id) {
    test(find(Button.class).id(id)).click();
  }

  private void type(String id, String text) {
    Component field = find(Component.class).id(id);
    if (field instanceof TextArea area) {
      test(area).setValue(text);
    } else if (field instanceof TextField textField) {
      test(textField).setValue(text);
    } else {
      throw new AssertionError(id + " is not a text field");
    }
  }

  private String text(String id) {
    return find(Component.class).id(id).getElement().getTextRecursively();
  }

  private List<String> notices() {
    return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
  }

  private List<String> buttonIds() {
    return find(Button.class).all().stream()
        .map(b -> b.getId().orElse(""))
        .filter(id -> !id.isEmpty())
        .toList();
  }

  @Test
  void a_claim_that_does_not_exist_shows_a_friendly_message() {
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          navigate("claims/999999999", ClaimView.class);
          assertThat(find(H2.class).from(find(Div.class).id("claim-not-found")).single().getText())
              .isEqualTo("This claim does not exist");
          navigate("claims/not-a-number", ClaimView.class);
          assertThat(find(Div.class).id("claim-not-found").isVisible()).isTrue();
        });
  }

  @Test
  void an_editor_sees_the_claim_and_only_the_moves_its_status_allows() {
    ClaimSummary claim = fixtures.newClaim("Exports doubled in 2024");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          assertThat(text("claim-statement")).isEqualTo("Exports doubled in 2024");
          assertThat(text("claim-status")).isEqualTo("New");
          assertThat(buttonIds())
              .contains("status-ACCEPTED", "status-DISMISSED")
              .doesNotContain("status-PUBLISHED", "status-IN_REVIEW");

          click("status-ACCEPTED");

          assertThat(text("claim-status")).isEqualTo("Accepted");
          assertThat(buttonIds())
              .contains("status-IN_REVIEW", "status-DISMISSED")
              .as("assigning is done by picking a reviewer, not by a status button")
              .doesNotContain("status-ACCEPTED", "status-ASSIGNED");
          assertThat(text("history")).contains("changed the status from New to Accepted");
        });
  }

  @Test
  void dismissing_asks_for_a_reason() {
    ClaimSummary claim = fixtures.newClaim("Crime fell by half");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("status-DISMISSED");
          click("confirm-dismiss");
          assertThat(find(TextArea.class).id("dismiss-reason").isInvalid()).isTrue();
          assertThat(text("claim-status")).isEqualTo("New");

          type("dismiss-reason", "An opinion, not a checkable fact");
          click("confirm-dismiss");

          assertThat(text("claim-status")).isEqualTo("Dismissed");
          assertThat(text("claim-status-reason")).isEqualTo("An opinion, not a checkable fact");
        });
  }

  @Test
  void a_stale_edit_keeps_the_typed_text_and_shows_the_conflict_message() {
    ClaimSummary claim = fixtures.newClaim("Unemployment is at a record low");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          // A second editor saves first.
          SignedIn.as(
              fixtures.editor("eddie"),
              Role.EDITOR,
              () ->
                  claims.editStatement(
                      claim.id(), claim.version(), "Unemployment is at a 50-year low", null, null));

          click("edit-claim");
          type("edit-statement", "Unemployment is at its lowest since 1970");
          click("save-claim");

          assertThat(text("conflict-message"))
              .isEqualTo(
                  "Somebody else has changed this claim. Reload to see their change; your text is"
                      + " kept below.");
          assertThat(find(TextArea.class).id("kept-text").getValue())
              .contains("Unemployment is at its lowest since 1970");

          click("reload-claim");

          assertThat(text("claim-statement")).isEqualTo("Unemployment is at a 50-year low");
          assertThat(find(TextArea.class).id("kept-text").getValue())
              .contains("Unemployment is at its lowest since 1970");
        });
  }

  @Test
  void the_documents_wire_credits_are_offered_first_and_fill_in_a_new_wire_source() {
    // A wire service the desk has never used as a source, credited after Xinhua.
    String agency = "Agencia" + System.nanoTime();
    ClaimSummary claim =
        fixtures.claimFromWireCopy("Xinhua,\n" + agency, LocalDate.of(2026, 12, 1));
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-evidence");
          List<Button> credits = find(Button.class).from(find(Div.class).id("wire-credits")).all();
          assertThat(credits)
              .extracting(Button::getText)
              .containsExactly("Xinhua (wire credit)", agency + " (wire credit)");
          assertThat(credits.get(0).getId()).hasValue("wire-credit-0");

          click("wire-credit-1");

          assertThat(find(Select.class).id("source-kind").getValue())
              .isEqualTo(SourceKind.WIRE_SERVICE);
          assertThat(find(TextField.class).id("source-publisher").getValue()).isEqualTo(agency);
          assertThat(find(TextField.class).id("source-title").getValue())
              .as("the agency is the publisher, not the title")
              .isEmpty();
          assertThat(find(TextField.class).id("source-title").getPlaceholder())
              .isEqualTo("Headline of the " + agency + " story");

          type("source-title", "Peace plan was never received, officials say");
          type("evidence-excerpt", "never formally received");
          click("attach-evidence");

          assertThat(text("evidence")).contains(agency, "never formally received");
        });
  }

  @Test
  void a_wire_credit_reuses_the_source_the_desk_already_has() {
    String agency = "Tanjug" + System.nanoTime();
    ClaimSummary claim = fixtures.claimFromWireCopy(agency, LocalDate.of(2026, 12, 1));
    var existing =
        SignedIn.as(
            fixtures.edna(),
            Role.EDITOR,
            () ->
                evidence.createSource(
                    new SourceDraft(
                        SourceKind.WIRE_SERVICE,
                        agency + " wire",
                        agency,
                        null,
                        null,
                        null,
                        null)));
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-evidence");
          click("wire-credit-0");
          assertThat(text("selected-source")).startsWith(agency + " wire");
          click("attach-evidence");
          assertThat(evidence.forClaim(claim.id()))
              .extracting(e -> e.source().id())
              .containsExactly(existing.id());
        });
  }

  @Test
  void a_source_address_that_is_not_http_is_refused_with_a_message() {
    ClaimSummary claim = fixtures.acceptedClaim("Inflation is 2%");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-evidence");
          type("source-title", "Statistics office");
          type("source-url", "javascript:alert(1)");
          click("attach-evidence");
          assertThat(notices())
              .contains(
                  "Only http and https addresses are accepted. Paste the address as https://...");
          assertThat(evidence.forClaim(claim.id())).isEmpty();
        });
  }

  @Test
  void the_verdict_actions_follow_its_state_and_the_author_cannot_approve() {
    ClaimSummary claim = fixtures.acceptedClaim("The plan was never received " + System.nanoTime());
    String second = fixtures.editor("vera");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("propose-verdict");
          test(find(Select.class).id("verdict-rating")).selectItem("Unproven");
          type("verdict-summary", "Only anonymous sources say so");
          click("submit-verdict");

          long verdictId = onlyVerdictId();
          assertThat(buttonIds())
              .contains("approve-verdict-" + verdictId, "return-verdict-" + verdictId)
              .doesNotContain("publish-verdict-" + verdictId, "propose-verdict");

          Button ownApproval = find(Button.class).id("approve-verdict-" + verdictId);
          assertThat(ownApproval.isEnabled()).as("the author cannot approve").isFalse();
          assertThat(ownApproval.getTooltip().getText()).contains("another editor approves it");
          assertThat(text("verdict-state-" + verdictId)).isEqualTo("Proposed, awaiting approval");
        });
    SignedIn.as(
        second,
        Role.EDITOR,
        () -> {
          open(claim);
          long verdictId = onlyVerdictId();
          click("approve-verdict-" + verdictId);
          assertThat(text("verdict-state-" + verdictId))
              .as("approving asks first")
              .isEqualTo("Proposed, awaiting approval");
          ConfirmDialog asked = find(ConfirmDialog.class).id("confirm-verdict-dialog");
          assertThat(asked.isOpened()).isTrue();
          assertThat(asked.getElement().getProperty("header")).isEqualTo("Approve the verdict?");
          click("confirm-verdict-action");
          assertThat(buttonIds())
              .contains("publish-verdict-" + verdictId)
              .doesNotContain("approve-verdict-" + verdictId);

          click("publish-verdict-" + verdictId);

          click("confirm-verdict-action");
          assertThat(text("claim-rating")).isEqualTo("Unproven");
          assertThat(buttonIds())
              .contains("correct-verdict-" + verdictId, "retract-verdict-" + verdictId);

          click("correct-verdict-" + verdictId);
          test(find(Select.class).id("verdict-rating")).selectItem("Misleading");
          type("correction-note", "A second source confirmed part of it");
          click("submit-correction");

          // A correction is a proposal: until another editor approves it, the verdict stands.
          assertThat(text("verdict-state-" + verdictId)).isEqualTo("Published");
          assertThat(text("claim-rating")).isEqualTo("Unproven");
          long correctionId = newestVerdictId();
          Button ownApproval = find(Button.class).id("approve-verdict-" + correctionId);
          assertThat(ownApproval.isEnabled()).as("the corrector cannot approve").isFalse();
          assertThat(text("history"))
              .contains("proposed a correction of the verdict: rating from Unproven to Misleading")
              .doesNotContain("corrected the verdict", "UNPROVEN", "MISLEADING");
        });
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          long verdictId = oldestVerdictId();
          long correctionId = newestVerdictId();
          click("approve-verdict-" + correctionId);
          click("confirm-verdict-action");
          click("publish-verdict-" + correctionId);
          click("confirm-verdict-action");

          assertThat(text("verdict-state-" + verdictId)).isEqualTo("Superseded by a correction");
          assertThat(text("verdict-corrected-" + verdictId))
              .contains("Misleading", "A second source confirmed part of it");
          assertThat(text("verdicts"))
              .contains("Misleading", "Correction of verdict #" + verdictId)
              .contains("A second source confirmed part of it");
          assertThat(text("claim-rating")).isEqualTo("Misleading");
          assertThat(text("history"))
              .contains("changed the rating from Unproven to Misleading")
              .contains("published the correction of the verdict: Misleading")
              .doesNotContain("MISLEADING", "UNPROVEN", "UTC");
        });
  }

  @Test
  void a_follow_up_is_prefilled_from_the_hint_in_the_text() {
    // A date still ahead whenever the test runs; the passed case is the next test.
    LocalDate hinted = DeskTime.today().plusDays(10);
    ClaimSummary claim = fixtures.claimFromWireCopy("Xinhua", hinted);
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-follow-up");
          assertThat(find(TextArea.class).id("follow-up-watch").getValue())
              .as("what to watch for, in words, not the claim again")
              .isEqualTo(
                  "A decision is expected next week. Check whether it happened, and what came"
                      + " of it.")
              .doesNotContain(ClaimPageFixtures.ITEM_TEXT);
          assertThat(find(DatePicker.class).id("follow-up-due").getValue()).isEqualTo(hinted);
          click("save-follow-up");
          assertThat(text("follow-ups"))
              .contains("Due " + DeskFormat.date(hinted), "A decision is expected");
        });
  }

  @Test
  void a_hinted_follow_up_date_that_has_passed_is_moved_a_week_ahead_and_says_so() {
    ClaimSummary claim = fixtures.claimFromWireCopy("Xinhua", LocalDate.of(2024, 3, 1));
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-follow-up");
          assertThat(find(DatePicker.class).id("follow-up-due").getValue())
              .isEqualTo(DeskTime.today().plusDays(7));
          assertThat(text("follow-up-hint-note"))
              .contains(DeskFormat.date(LocalDate.of(2024, 3, 1)) + ", has passed: moved to")
              .contains(DeskFormat.date(DeskTime.today().plusDays(7)));
        });
  }

  @Test
  void an_appearance_shows_the_sentence_with_the_item_marked_and_links_its_document() {
    ClaimSummary claim = fixtures.claimFromWireCopy("Xinhua", LocalDate.of(2026, 12, 4));
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          Div appearances = find(Div.class).id("appearances");
          assertThat(appearances.getElement().getOuterHTML())
              .contains("<mark>" + ClaimPageFixtures.ITEM_TEXT + "</mark>")
              .contains("href=\"documents/" + claim.firstDocumentId() + "\"");
          assertThat(appearances.getElement().getTextRecursively())
              .contains("according to", "0.82");
        });
  }

  @Test
  void html_typed_into_a_statement_is_shown_as_text() {
    String markup = "<img src=x onerror=alert(1)><script>alert(2)</script> Exports <b>doubled</b>";
    ClaimSummary claim = fixtures.newClaim(markup);
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          H2 statement = find(H2.class).id("claim-statement");
          assertThat(statement.getText()).isEqualTo(markup);
          assertThat(statement.getElement().getChildren()).allMatch(e -> e.isTextNode());
          assertThat(statement.getElement().getOuterHTML())
              .doesNotContain("<script>")
              .contains("&lt;script&gt;");
        });
  }

  @Test
  void long_texts_show_how_much_of_the_limit_is_used() {
    ClaimSummary claim = fixtures.newClaim("Taxes went up");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("edit-claim");
          TextArea statement = find(TextArea.class).id("edit-statement");
          assertThat(statement.getMaxLength()).isEqualTo(4000);
          type("edit-statement", "Taxes went up twice");
          assertThat(statement.getHelperText()).isEqualTo("19 / 4,000 characters");
        });
  }

  @Test
  void an_editor_assigns_a_reviewer_with_a_due_date() {
    ClaimSummary claim = fixtures.acceptedClaim("Rents rose 40% " + System.nanoTime());
    String reviewer = fixtures.reviewer("rita");
    LocalDate due = LocalDate.now().plusDays(3);
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          ComboBox<UserSummary> pick = find(ComboBox.class).id("assign-reviewer");
          test(pick).selectItem("Rita " + reviewer + " (" + reviewer + ")");
          test(find(DatePicker.class).id("assign-due")).setValue(due);
          click("assign");

          assertThat(text("claim-assignee")).isEqualTo("Rita " + reviewer);
          assertThat(text("claim-due")).isEqualTo(DeskFormat.date(due));
          assertThat(text("claim-status")).isEqualTo("Assigned");
          assertThat(text("history")).contains("assigned the claim to Rita " + reviewer);
        });
  }

  @Test
  void a_source_is_found_by_its_address_and_reused() {
    ClaimSummary claim = fixtures.acceptedClaim("GDP grew 5% " + System.nanoTime());
    String site = "https://stats" + System.nanoTime() + ".example.org/gdp";
    var source =
        SignedIn.as(
            fixtures.edna(),
            Role.EDITOR,
            () ->
                evidence.createSource(
                    new SourceDraft(
                        SourceKind.DATASET,
                        "GDP tables",
                        "Statistics office",
                        site,
                        null,
                        null,
                        null)));
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-evidence");
          type("source-search", site.substring(8, 30));
          click("use-source-" + source.id());
          test(find(RadioButtonGroup.class).id("evidence-stance")).selectItem("Refutes");
          click("attach-evidence");

          assertThat(text("evidence")).contains("Refutes", "GDP tables", "Statistics office");
        });
  }

  @Test
  void a_reviewer_is_not_offered_the_editors_actions() {
    ClaimSummary claim = fixtures.acceptedClaim("Crime doubled " + System.nanoTime());
    String reviewer = fixtures.reviewer("remy");
    SignedIn.as(fixtures.edna(), Role.EDITOR, () -> assignmentsAssign(claim, reviewer));
    SignedIn.as(
        reviewer,
        Role.REVIEWER,
        () -> {
          open(claim);
          assertThat(buttonIds())
              .contains("add-evidence", "propose-verdict", "add-follow-up")
              .noneMatch(id -> id.startsWith("status-"))
              .doesNotContain("edit-claim", "assign");
        });
  }

  @Test
  void a_reviewer_is_offered_no_work_on_a_claim_assigned_to_somebody_else() {
    ClaimSummary claim = fixtures.acceptedClaim("Rents tripled " + System.nanoTime());
    String assigned = fixtures.reviewer("rosa");
    String other = fixtures.reviewer("ravi");
    SignedIn.as(fixtures.edna(), Role.EDITOR, () -> assignmentsAssign(claim, assigned));
    SignedIn.as(
        other,
        Role.REVIEWER,
        () -> {
          open(claim);
          assertThat(buttonIds())
              .doesNotContain("add-evidence", "propose-verdict", "add-follow-up");
        });
  }

  private void assignmentsAssign(ClaimSummary claim, String reviewer) {
    assignments.assign(claim.id(), claims.find(claim.id()).orElseThrow().version(), reviewer, null);
  }

  @Test
  void a_returned_verdict_shows_the_comment_and_a_new_one_can_be_proposed() {
    ClaimSummary claim = fixtures.acceptedClaim("Wages fell " + System.nanoTime());
    String second = fixtures.editor("vic");
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("propose-verdict");
          test(find(Select.class).id("verdict-rating")).selectItem("False");
          type("verdict-summary", "Wages rose");
          click("submit-verdict");
        });
    SignedIn.as(
        second,
        Role.EDITOR,
        () -> {
          open(claim);
          long verdictId = onlyVerdictId();
          click("return-verdict-" + verdictId);
          type("return-comment", "Cite the statistics office");
          click("confirm-return");

          assertThat(text("verdict-state-" + verdictId)).isEqualTo("Returned to author");
          assertThat(text("verdict-note-" + verdictId))
              .isEqualTo("Returned to the author: Cite the statistics office");
          assertThat(buttonIds())
              .contains("propose-verdict")
              .doesNotContain("approve-verdict-" + verdictId);
        });
  }

  @Test
  void a_published_verdict_can_be_retracted_with_a_reason() {
    ClaimSummary claim = fixtures.acceptedClaim("Trade tripled " + System.nanoTime());
    String second = fixtures.editor("val");
    long verdictId =
        SignedIn.as(
            fixtures.edna(),
            Role.EDITOR,
            () -> {
              open(claim);
              click("propose-verdict");
              test(find(Select.class).id("verdict-rating")).selectItem("True");
              type("verdict-summary", "Customs data confirm it");
              click("submit-verdict");
              return onlyVerdictId();
            });
    SignedIn.as(
        second,
        Role.EDITOR,
        () -> {
          open(claim);
          click("approve-verdict-" + verdictId);
          click("confirm-verdict-action");
          click("publish-verdict-" + verdictId);
          click("confirm-verdict-action");
          click("retract-verdict-" + verdictId);
          type("retract-reason", "The customs data were revised");
          click("confirm-retract");

          // One editor alone cannot withdraw a published verdict.
          assertThat(text("verdict-state-" + verdictId)).isEqualTo("Published");
          assertThat(text("verdict-retraction-" + verdictId))
              .contains("The customs data were revised");
          assertThat(find(Button.class).id("approve-retraction-" + verdictId).isEnabled())
              .isFalse();
          assertThat(text("claim-rating")).isEqualTo("True");
        });
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("approve-retraction-" + verdictId);

          assertThat(text("verdict-state-" + verdictId)).isEqualTo("Retracted");
          assertThat(text("verdict-note-" + verdictId))
              .isEqualTo("Retracted: The customs data were revised");
          assertThat(text("claim-rating")).isEqualTo("not rated");
        });
  }

  @Test
  void a_follow_up_is_closed_with_an_outcome() {
    ClaimSummary claim = fixtures.acceptedClaim("A vote is due " + System.nanoTime());
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-follow-up");
          type("follow-up-watch", "The result of the vote");
          click("save-follow-up");
          Button close =
              find(Button.class)
                  .withCondition(b -> b.getId().orElse("").startsWith("close-follow-up-"))
                  .single();
          test(close).click();
          test(find(RadioButtonGroup.class).id("follow-up-result")).selectItem("Cancelled");
          type("follow-up-outcome", "The vote was postponed indefinitely");
          click("confirm-close-follow-up");

          assertThat(text("follow-ups"))
              .contains("cancelled", "Outcome: The vote was postponed indefinitely");
          assertThat(buttonIds()).noneMatch(id -> id.startsWith("close-follow-up-"));
        });
  }

  @Test
  void a_status_move_on_a_stale_page_is_refused_with_the_conflict_message() {
    ClaimSummary claim = fixtures.newClaim("Prices halved " + System.nanoTime());
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          SignedIn.as(
              fixtures.editor("eddie"),
              Role.EDITOR,
              () ->
                  claims.editStatement(
                      claim.id(), claim.version(), "Prices fell by half", null, null));
          click("status-DISMISSED");
          type("dismiss-reason", "Already checked last week");
          click("confirm-dismiss");

          assertThat(text("conflict-message")).startsWith("Somebody else has changed this claim.");
          assertThat(find(TextArea.class).id("kept-text").getValue())
              .contains("Already checked last week");
          assertThat(text("claim-status")).isEqualTo("New");
        });
  }

  @Test
  void write_buttons_disable_themselves_while_their_request_runs() {
    ClaimSummary claim = fixtures.acceptedClaim("Fares rose 9% " + System.nanoTime());
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          click("add-evidence");
          assertThat(find(Button.class).id("attach-evidence").isDisableOnClick()).isTrue();
          open(claim);
          click("add-follow-up");
          assertThat(find(Button.class).id("save-follow-up").isDisableOnClick()).isTrue();
          open(claim);
          click("propose-verdict");
          assertThat(find(Button.class).id("submit-verdict").isDisableOnClick()).isTrue();
          open(claim);
          assertThat(find(Button.class).id("assign").isDisableOnClick()).isTrue();
        });
  }

  @Test
  void the_statement_cannot_be_edited_from_the_page_once_a_verdict_is_proposed() {
    ClaimSummary claim = fixtures.acceptedClaim("Bus fares rose 9% " + System.nanoTime());
    SignedIn.as(
        fixtures.edna(),
        Role.EDITOR,
        () -> {
          open(claim);
          assertThat(find(Button.class).id("edit-claim").isEnabled()).isTrue();
          click("propose-verdict");
          test(find(Select.class).id("verdict-rating")).selectItem("True");
          type("verdict-summary", "The timetable confirms it");
          click("submit-verdict");
          open(claim);
          Button edit = find(Button.class).id("edit-claim");
          assertThat(edit.isEnabled()).isFalse();
          assertThat(edit.getTooltip().getText()).contains("return the verdict first");
        });
  }

  private long oldestVerdictId() {
    return verdictIds().getFirst();
  }

  private long newestVerdictId() {
    return verdictIds().getLast();
  }

  private List<Long> verdictIds() {
    return find(Span.class).withClassName("verdict-state").all().stream()
        .map(s -> s.getId().orElse(""))
        .filter(id -> id.startsWith("verdict-state-"))
        .map(id -> Long.parseLong(id.substring("verdict-state-".length())))
        .sorted()
        .toList();
  }

  private long onlyVerdictId() {
    List<Span> states =
        find(Span.class).withClassName("verdict-state").all().stream()
            .filter(s -> s.getId().isPresent())
            .toList();
    return states.stream()
        .map(s -> Long.parseLong(s.getId().orElseThrow().substring("verdict-state-".length())))
        .max(Long::compare)
        .orElseThrow(() -> new AssertionError("no verdict on the page"));
  }
}
