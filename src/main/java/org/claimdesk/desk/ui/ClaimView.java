package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.ui.AssignmentControl;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.StaleClaimException;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.matching.MatchingService;
import org.claimdesk.matching.ui.SimilarClaimsPanel;
import org.claimdesk.publishing.ClaimReviewService;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.ui.FocusKeeper;
import org.claimdesk.ui.Limited;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.claimdesk.verdicts.RatingDefinitions;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictService;
import org.jspecify.annotations.Nullable;

/**
 * The claim page: what the claim says and who said it, where it appeared, its sources and evidence,
 * verdicts, follow-ups, assignment and history, with the actions a desk takes on it.
 */
@Route("claims/:id")
@PermitAll
@StyleSheet("styles/desk.css")
public class ClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final ClaimService claims;
  private final DocumentService documents;
  private final UserService users;
  private final AssignmentService assignments;
  private final EvidencePanel evidencePanel;
  private final VerdictPanel verdictPanel;
  private final FollowUpPanel followUpPanel;
  private final HistoryPanel historyPanel;
  private final DisplayNames names;
  private final AuditService audit;
  private final ClaimTimeline timeline = new ClaimTimeline();

  private final Div header = new Div();
  private final Div conflict = new Div();
  private final Div appearances = new Div();
  private final Div assignment = new Div();
  private final SimilarClaimsPanel similarPanel;

  private @Nullable ClaimSummary claim;
  private long claimId;

  private final RatingScale ratings;

  public ClaimView(
      ClaimService claims,
      DocumentService documents,
      UserService users,
      AssignmentService assignments,
      EvidenceService evidence,
      VerdictService verdicts,
      FollowUpService followUps,
      AuditService audit,
      MatchingService matching,
      RatingScale ratings,
      ClaimReviewService claimReviews) {
    this.similarPanel = new SimilarClaimsPanel(matching, this::refresh);
    this.ratings = ratings;
    this.claims = claims;
    this.documents = documents;
    this.users = users;
    this.assignments = assignments;
    this.names = new DisplayNames(users);
    this.evidencePanel = new EvidencePanel(evidence, names, this::refresh);
    this.verdictPanel = new VerdictPanel(verdicts, ratings, claimReviews, names, this::refresh);
    this.followUpPanel = new FollowUpPanel(followUps, names, this::refresh);
    this.historyPanel = new HistoryPanel(audit);
    this.audit = audit;
    addClassName("claim-view");
    setWidthFull();
    header.addClassName("claim-header");
    conflict.setId("claim-conflict");
    conflict.addClassName("claim-conflict");
    conflict.setVisible(false);
    appearances.setId("appearances");
    appearances.addClassName("claim-section");
    assignment.setId("assignment");
    assignment.addClassName("claim-section");
    FocusKeeper.watch(this);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Long> id =
        event.getRouteParameters().get("id").flatMap(ClaimView::parseId).filter(n -> n > 0);
    claimId = id.orElse(0L);
    conflict.removeAll();
    conflict.setVisible(false);
    claim = id.flatMap(claims::find).orElse(null);
    if (claim == null) {
      showMissing();
    } else {
      render();
      // A page opened with the keyboard starts at its heading, not at the top of the frame.
      getElement()
          .executeJs(
              "const h = document.getElementById('claim-statement');"
                  + " if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
    }
  }

  @Override
  public String getPageTitle() {
    return claim == null ? "Claim not found · ClaimDesk" : "Claim #" + claimId + " · ClaimDesk";
  }

  private static Optional<Long> parseId(String raw) {
    try {
      return Optional.of(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void showMissing() {
    removeAll();
    Div missing = new Div();
    missing.setId("claim-not-found");
    missing.addClassName("claim-not-found");
    missing.add(
        new H2("This claim does not exist"),
        new Paragraph(
            "It may have been merged into another claim, or the address is mistyped. Find it in"
                + " the claim queue."),
        new Anchor("claims", "Go to the claim queue"));
    add(missing);
  }

  /** Reads the claim again and redraws every section; the conflict notice stays until closed. */
  void refresh() {
    claim = claims.find(claimId).orElse(null);
    if (claim == null) {
      showMissing();
    } else {
      render();
      // The section just redrawn replaced the focused button: the keyboard keeps its place.
      FocusKeeper.restore(this, "claim-statement");
    }
  }

  private void render() {
    ClaimSummary c = current();
    removeAll();
    names.clear();
    List<ClaimItemView> items = claims.appearances(c.id());
    Optional<DocumentSummary> firstDocument =
        Optional.ofNullable(c.firstDocumentId())
            .or(() -> items.stream().map(ClaimItemView::documentId).findFirst())
            .flatMap(documents::find);
    Map<Long, Optional<DocumentSummary>> documentsById = new HashMap<>();
    items.forEach(i -> documentsById.computeIfAbsent(i.documentId(), documents::find));
    showHeader(c);
    timeline.show(c, items, documentsById, audit.verdictHistory(c.id()));
    showAppearances(items, documentsById);
    List<UserSummary> people = users.listActiveUsers();
    showAssignment(c, people);
    evidencePanel.show(c, firstDocument.map(DocumentSummary::wireCredits).orElse(null));
    verdictPanel.show(c);
    followUpPanel.show(c, items, people);
    historyPanel.show(c);
    similarPanel.show(c.id());
    add(
        header,
        conflict,
        section("Timeline", timeline),
        section("Appearances", appearances),
        section("Seen before and similar claims", similarPanel),
        section("Assignment", assignment),
        section("Sources and evidence", evidencePanel),
        section("Verdicts", verdictPanel),
        section("Follow-ups", followUpPanel),
        section("History", historyPanel),
        org.claimdesk.audit.ui.ClaimAuditProof.forClaim(c.id()));
  }

  private static Div section(String title, Component body) {
    Div section = new Div(new H3(title), body);
    section.addClassName("claim-section-wrapper");
    return section;
  }

  private ClaimSummary current() {
    if (claim == null) {
      throw new IllegalStateException("No claim loaded");
    }
    return claim;
  }

  private void showHeader(ClaimSummary c) {
    header.removeAll();
    H2 statement = new H2(c.statement());
    statement.setId("claim-statement");
    statement.addClassName("claim-statement");

    Div facts = new Div();
    facts.addClassName("claim-facts");
    facts.add(
        fact("Speaker", "claim-speaker", speaker(c)),
        fact("Status", "claim-status", c.status().label()),
        fact(
            "Check-worthiness",
            "claim-checkworthiness",
            String.format(Locale.ROOT, "%.2f", c.checkworthiness())),
        fact("Assignee", "claim-assignee", names.of(c.assignee())),
        fact("Due", "claim-due", c.dueDate() == null ? "no due date" : DeskFormat.due(c.dueDate())),
        fact("Rating", "claim-rating", rating(c.currentRating(), ratings.current())));
    if (c.statusReason() != null) {
      facts.add(fact("Reason", "claim-status-reason", c.statusReason()));
    }

    HorizontalLayout actions = new HorizontalLayout();
    actions.addClassName("claim-actions");
    actions.setId("claim-actions");
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (CurrentUser.hasRole(Roles.EDITOR)) {
      c.status().nextByHand().stream()
          .sorted(Comparator.naturalOrder())
          .forEach(target -> actions.add(statusButton(target)));
      Button edit = new Button("Edit statement and speaker", e -> openEditor());
      edit.setId("edit-claim");
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      if (c.status().freezesStatement()) {
        // The service refuses it too: the verdict covers the statement as it stands.
        edit.setEnabled(false);
        edit.setTooltipText(
            c.status() == ClaimStatus.PUBLISHED
                ? "The statement is frozen under its published verdict: reopen the claim first."
                : "The statement is frozen while a verdict is proposed: return the verdict first.");
      }
      actions.add(edit);
    }
    header.add(statement, facts, actions);
  }

  private static String speaker(ClaimSummary c) {
    return SpeakerWording.of(c.claimantName(), c.claimantKind());
  }

  static String rating(@Nullable String rating, RatingDefinitions scale) {
    return rating == null ? "not rated" : scale.label(rating);
  }

  static Div fact(String label, String id, String value) {
    Span name = new Span(label);
    name.addClassName("fact-label");
    Span text = new Span(value);
    text.setId(id);
    text.addClassName("fact-value");
    Div fact = new Div(name, text);
    fact.addClassName("fact");
    return fact;
  }

  private Button statusButton(ClaimStatus target) {
    Button button = new Button(verb(target));
    button.setId("status-" + target.name());
    if (target == ClaimStatus.DISMISSED) {
      button.addThemeVariants(ButtonVariant.LUMO_ERROR);
      button.addClickListener(e -> openDismissDialog());
    } else {
      if (target == ClaimStatus.ACCEPTED || target == ClaimStatus.PUBLISHED) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      }
      button.addClickListener(e -> changeStatus(target, null));
    }
    return button;
  }

  private static String verb(ClaimStatus target) {
    return switch (target) {
      case ACCEPTED -> "Accept";
      case DISMISSED -> "Dismiss";
      case NEW -> "Back to new";
      case ASSIGNED -> "Mark assigned";
      case IN_REVIEW -> "Back to review";
      case VERDICT_PROPOSED -> "Mark verdict proposed";
      case APPROVED -> "Mark approved";
      case PUBLISHED -> "Mark published";
      case REOPENED -> "Reopen";
    };
  }

  /** Moves the claim on; a stale page keeps the reason typed and offers to reload. */
  void changeStatus(ClaimStatus target, @Nullable String reason) {
    ClaimSummary c = current();
    try {
      claims.changeStatus(c.id(), c.version(), target, reason);
      Notices.success("The claim is now " + target.label().toLowerCase(Locale.ROOT) + ".");
      refresh();
    } catch (RuntimeException e) {
      if (!keepOnConflict(e, reason == null ? "" : "Reason: " + reason)) {
        Notices.error(e);
      }
    }
  }

  private void openDismissDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Dismiss the claim");
    TextArea reason = Limited.area("dismiss-reason", "Why is it not worth checking?", 1000);
    reason.setRequired(true);
    Button confirm =
        new Button(
            "Dismiss",
            e -> {
              if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason so that others know why it was dismissed.");
                reason.setInvalid(true);
                return;
              }
              dialog.close();
              changeStatus(ClaimStatus.DISMISSED, reason.getValue());
            });
    confirm.setId("confirm-dismiss");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> dialog.close());
    dialog.add(reason);
    dialog.getFooter().add(cancel, confirm);
    dialog.setWidth("32rem");
    dialog.open();
    reason.focus();
  }

  private void openEditor() {
    ClaimSummary c = current();
    Dialog dialog = new Dialog();
    dialog.setId("edit-claim-dialog");
    dialog.setHeaderTitle("Edit the claim");
    TextArea statement = Limited.area("edit-statement", "Statement", 4000);
    statement.setValue(c.statement());
    TextField speaker = Limited.field("edit-speaker", "Speaker", 300);
    speaker.setValue(c.claimantName() == null ? "" : c.claimantName());
    Button save =
        new Button(
            "Save",
            e -> {
              if (editStatement(statement.getValue(), speaker.getValue())) {
                dialog.close();
              }
            });
    save.setId("save-claim");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> dialog.close());
    dialog.add(statement, speaker);
    dialog.getFooter().add(cancel, save);
    dialog.setWidth("40rem");
    dialog.open();
  }

  /**
   * Saves the edited statement and speaker against the version the editor saw. Returns false when
   * the save failed; after a conflict the typed text is kept on the page to copy.
   */
  boolean editStatement(String statement, String speaker) {
    ClaimSummary c = current();
    try {
      String name = speaker.isBlank() ? null : speaker;
      claims.editStatement(
          c.id(), c.version(), statement, name, name == null ? null : c.claimantKind());
      Notices.success("The claim is saved.");
      refresh();
      return true;
    } catch (RuntimeException e) {
      if (keepOnConflict(e, "Statement: " + statement + "\nSpeaker: " + speaker)) {
        return true;
      }
      Notices.error(e);
      return false;
    }
  }

  /** Shows the conflict notice with the person's text if the failure was somebody else's save. */
  private boolean keepOnConflict(RuntimeException error, String typed) {
    if (!ErrorMessages.isConflict(error)) {
      return false;
    }
    conflict.removeAll();
    Paragraph message = new Paragraph(new StaleClaimException().getMessage());
    message.setId("conflict-message");
    TextArea kept = new TextArea("Your text");
    kept.setId("kept-text");
    kept.setWidthFull();
    kept.setValue(typed);
    kept.setReadOnly(true);
    Button reload = new Button("Reload", e -> refresh());
    reload.setId("reload-claim");
    reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button close =
        new Button(
            "Close",
            e -> {
              conflict.removeAll();
              conflict.setVisible(false);
            });
    close.setId("close-conflict");
    close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    conflict.add(message, kept, new HorizontalLayout(reload, close));
    conflict.setVisible(true);
    conflict.scrollIntoView();
    kept.focus();
    return true;
  }

  private void showAppearances(
      List<ClaimItemView> items, Map<Long, Optional<DocumentSummary>> found) {
    appearances.removeAll();
    if (items.isEmpty()) {
      appearances.add(
          new Paragraph("Entered by hand: this claim has not been seen in a document."));
      return;
    }
    for (ClaimItemView item : items) {
      Optional<DocumentSummary> document =
          found.computeIfAbsent(item.documentId(), documents::find);
      appearances.add(AppearanceCard.of(item, document.orElse(null)));
    }
  }

  private void showAssignment(ClaimSummary c, List<UserSummary> people) {
    AssignmentControl.show(assignment, assignments, c, people, names::of, this::refresh);
  }
}
