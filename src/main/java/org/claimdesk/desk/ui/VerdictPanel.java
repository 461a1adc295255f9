package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.publishing.ClaimReviewService;
import org.claimdesk.publishing.ui.ClaimReviewPanel;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.WebAddress;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Limited;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Roles;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingDefinition;
import org.claimdesk.verdicts.RatingDefinitions;
import org.claimdesk.verdicts.RatingScale;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.jspecify.annotations.Nullable;

/**
 * Every verdict on the claim, superseded and retracted ones included, with the actions its state
 * allows: approve or return a proposed one, publish an approved one, correct or retract a published
 * one. The services refuse what a person may not do (an author approving their own verdict); the
 * refusal is shown as a message.
 */
final class VerdictPanel extends Div {

  private final VerdictService verdicts;
  private final DisplayNames names;
  private final Runnable changed;
  private final RatingScale ratings;
  private RatingDefinitions scale = new RatingDefinitions(List.of());
  private final ClaimReviewPanel claimReview;

  VerdictPanel(
      VerdictService verdicts,
      RatingScale ratings,
      ClaimReviewService reviews,
      DisplayNames names,
      Runnable changed) {
    this.verdicts = verdicts;
    this.ratings = ratings;
    this.claimReview = new ClaimReviewPanel(reviews);
    this.names = names;
    this.changed = changed;
    setId("verdicts");
    addClassName("claim-section");
  }

  void show(ClaimSummary claim) {
    removeAll();
    scale = ratings.current();
    List<VerdictSummary> all = verdicts.forClaim(claim.id());
    if (all.isEmpty()) {
      add(new Paragraph("No verdict yet."));
    }
    all.forEach(v -> add(card(v, correctionOf(v, all))));
    if (all.stream().anyMatch(v -> v.state() == VerdictState.PUBLISHED)) {
      claimReview.show(claim.id());
      add(claimReview);
    }
    boolean pending =
        all.stream()
            .anyMatch(
                v -> v.state() == VerdictState.PROPOSED || v.state() == VerdictState.APPROVED);
    if (ClaimWork.canWorkOn(claim) && !pending) {
      Button propose = new Button("Propose a verdict", e -> openPropose(claim));
      propose.setId("propose-verdict");
      propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(propose);
    }
  }

  /** The verdict that corrected {@code v}, if it was superseded. */
  private static @Nullable VerdictSummary correctionOf(VerdictSummary v, List<VerdictSummary> all) {
    return all.stream()
        .filter(other -> Long.valueOf(v.id()).equals(other.supersedesId()))
        .findFirst()
        .orElse(null);
  }

  private Div card(VerdictSummary v, @Nullable VerdictSummary correction) {
    Div card = new Div();
    card.setId("verdict-" + v.id());
    card.addClassName("verdict");
    card.addClassName("verdict-" + v.state().name().toLowerCase(Locale.ROOT));
    Span rating = new Span(scale.label(v.rating()));
    rating.addClassName("verdict-rating");
    rating.setId("verdict-rating-" + v.id());
    Span state = new Span(stateLabel(v.state()));
    state.addClassName("verdict-state");
    state.setId("verdict-state-" + v.id());
    card.add(new Div(rating, state));
    Paragraph summary = new Paragraph(v.summary());
    summary.addClassName("verdict-summary");
    card.add(summary);
    if (v.rationale() != null) {
      Paragraph rationale = new Paragraph(v.rationale());
      rationale.addClassName("verdict-rationale");
      card.add(rationale);
    }
    StringBuilder who = new StringBuilder("Proposed by " + name(v.author()));
    who.append(" on ").append(DeskFormat.dateTime(v.createdAt()));
    if (v.approver() != null) {
      who.append(" · approved by ").append(name(v.approver()));
    }
    if (v.publishedAt() != null) {
      who.append(" · published ").append(DeskFormat.dateTime(v.publishedAt()));
    }
    Span people = new Span(who.toString());
    people.addClassName("verdict-people");
    card.add(new Div(people));
    if (v.retractionBy() != null) {
      Paragraph pending =
          new Paragraph(
              "Retraction proposed by "
                  + name(v.retractionBy())
                  + ": "
                  + v.retractionReason()
                  + ". The verdict stays published until a second editor approves.");
      pending.addClassName("verdict-note");
      pending.setId("verdict-retraction-" + v.id());
      card.add(pending);
    }
    String note = note(v);
    if (note != null) {
      Paragraph notePara = new Paragraph(note);
      notePara.addClassName("verdict-note");
      notePara.setId("verdict-note-" + v.id());
      card.add(notePara);
    }
    if (correction != null) {
      Paragraph corrected =
          new Paragraph(
              "Corrected by verdict #"
                  + correction.id()
                  + " ("
                  + scale.label(correction.rating())
                  + ")"
                  + (correction.stateNote() == null ? "" : ": " + correction.stateNote()));
      corrected.addClassName("verdict-note");
      corrected.setId("verdict-corrected-" + v.id());
      card.add(corrected);
    }
    HorizontalLayout actions = actions(v);
    if (actions.getComponentCount() > 0) {
      card.add(actions);
    }
    return card;
  }

  private static @Nullable String note(VerdictSummary v) {
    if (v.stateNote() == null) {
      return null;
    }
    if (v.supersedesId() != null && (v.state() != VerdictState.RETRACTED)) {
      return "Correction of verdict #" + v.supersedesId() + ": " + v.stateNote();
    }
    return switch (v.state()) {
      case RETRACTED -> "Retracted: " + v.stateNote();
      case DRAFT -> "Returned to the author: " + v.stateNote();
      default -> v.stateNote();
    };
  }

  static String stateLabel(VerdictState state) {
    return switch (state) {
      case DRAFT -> "Returned to author";
      case PROPOSED -> "Proposed, awaiting approval";
      case APPROVED -> "Approved, not yet published";
      case PUBLISHED -> "Published";
      case SUPERSEDED -> "Superseded by a correction";
      case RETRACTED -> "Retracted";
    };
  }

  private String name(String username) {
    return names.of(username);
  }

  private HorizontalLayout actions(VerdictSummary v) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.addClassName("verdict-actions");
    if (!CurrentUser.hasRole(Roles.EDITOR)) {
      return actions;
    }
    switch (v.state()) {
      case PROPOSED -> {
        Button approve =
            button(
                "Approve",
                "approve-verdict-" + v.id(),
                ButtonVariant.LUMO_PRIMARY,
                () ->
                    confirm(
                        "Approve the verdict?",
                        "You approve \u201c"
                            + scale.label(v.rating())
                            + "\u201d as the second editor. The author can then publish it.",
                        "Approve",
                        () ->
                            run(() -> verdicts.approve(v.id(), v.version()), "Verdict approved.")));
        refuseAuthor(approve, v, "approves");
        actions.add(approve);
        actions.add(
            button(
                "Return with a comment",
                "return-verdict-" + v.id(),
                ButtonVariant.LUMO_TERTIARY,
                () ->
                    ask(
                        "Return the verdict to its author",
                        "return-comment",
                        "What should the author change?",
                        2000,
                        "confirm-return",
                        comment ->
                            run(
                                () -> verdicts.returnToAuthor(v.id(), v.version(), comment),
                                "Verdict returned to its author."))));
      }
      case APPROVED -> {
        Button publish =
            button(
                "Publish",
                "publish-verdict-" + v.id(),
                ButtonVariant.LUMO_PRIMARY,
                () -> confirmPublish(v));
        refuseAuthor(publish, v, "publishes");
        actions.add(publish);
      }
      case PUBLISHED -> {
        if (v.retractionBy() != null) {
          Button approveRetraction =
              button(
                  "Approve the retraction",
                  "approve-retraction-" + v.id(),
                  ButtonVariant.LUMO_ERROR,
                  () ->
                      run(
                          () -> verdicts.approveRetraction(v.id(), v.version()),
                          "Verdict retracted."));
          if (CurrentUser.username().map(v.retractionBy()::equalsIgnoreCase).orElse(false)) {
            approveRetraction.setEnabled(false);
            approveRetraction.setTooltipText(
                "You proposed the retraction: another editor approves it.");
          }
          actions.add(approveRetraction);
          actions.add(
              button(
                  "Keep the verdict",
                  "reject-retraction-" + v.id(),
                  ButtonVariant.LUMO_TERTIARY,
                  () ->
                      ask(
                          "Keep the published verdict",
                          "reject-retraction-comment",
                          "Why does the verdict stand?",
                          2000,
                          "confirm-reject-retraction",
                          comment ->
                              run(
                                  () -> verdicts.rejectRetraction(v.id(), v.version(), comment),
                                  "The verdict stays published."))));
          return actions;
        }
        actions.add(
            button(
                "Correct",
                "correct-verdict-" + v.id(),
                ButtonVariant.LUMO_CONTRAST,
                () -> openCorrect(v)));
        actions.add(
            button(
                "Retract",
                "retract-verdict-" + v.id(),
                ButtonVariant.LUMO_ERROR,
                () ->
                    ask(
                        "Retract the verdict",
                        "retract-reason",
                        "Why is the verdict retracted?",
                        2000,
                        "confirm-retract",
                        reason ->
                            run(
                                () -> verdicts.retract(v.id(), v.version(), reason),
                                "Retraction proposed; another editor approves it."))));
      }
      default -> {}
    }
    return actions;
  }

  /** The service refuses the author too; the page says so before anyone tries. */
  private static void refuseAuthor(Button button, VerdictSummary v, String whatOthersDo) {
    if (CurrentUser.username().map(v.author()::equalsIgnoreCase).orElse(false)) {
      button.setEnabled(false);
      button.setTooltipText("You wrote this verdict: another editor " + whatOthersDo + " it.");
    }
  }

  private static Button button(String text, String id, ButtonVariant variant, Runnable action) {
    Button button = WriteButton.of(text, action);
    button.setId(id);
    button.addThemeVariants(variant);
    return button;
  }

  /** Asks before publishing, and for the address of the published fact-check (ClaimReview url). */
  private void confirmPublish(VerdictSummary v) {
    TextField url = new TextField("Address of the published fact-check (optional)");
    url.setId("publish-url");
    url.setMaxLength(WebAddress.MAX_LENGTH);
    url.setWidthFull();
    url.setPlaceholder("https://");
    url.setHelperText("It becomes the url of the claim's ClaimReview.");
    if (v.reviewUrl() != null) {
      url.setValue(v.reviewUrl());
    }
    Div text =
        new Div(
            new Paragraph(
                "\u201c"
                    + scale.label(v.rating())
                    + "\u201d becomes the claim's public rating. A later change needs a"
                    + " correction approved by a second editor."),
            url);
    confirm(
        "Publish the verdict?",
        text,
        "Publish",
        () ->
            run(() -> verdicts.publish(v.id(), v.version(), url.getValue()), "Verdict published."));
  }

  private static void confirm(String title, String text, String confirmLabel, Runnable then) {
    confirm(title, new Paragraph(text), confirmLabel, then);
  }

  /** Asks before a step that others will rely on; the step runs only on "confirm". */
  private static void confirm(String title, Component text, String confirmLabel, Runnable then) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("confirm-verdict-dialog");
    dialog.setHeader(title);
    dialog.setText(text);
    dialog.setCancelable(true);
    Button ok =
        new Button(
            confirmLabel,
            e -> {
              dialog.close();
              then.run();
            });
    ok.setId("confirm-verdict-action");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.setConfirmButton(ok);
    dialog.open();
  }

  private boolean run(Runnable action, String success) {
    boolean done = Notices.attempt(action);
    if (done) {
      Notices.success(success);
      changed.run();
    }
    return done;
  }

  private void ask(
      String title,
      String fieldId,
      String label,
      int max,
      String confirmId,
      Consumer<String> then) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(title);
    dialog.setWidth("32rem");
    TextArea text = Limited.area(fieldId, label, max);
    Button confirm =
        new Button(
            "Confirm",
            e -> {
              dialog.close();
              then.accept(text.getValue());
            });
    confirm.setId(confirmId);
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(text);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
    dialog.open();
  }

  private record VerdictForm(Select<Rating> rating, TextArea summary, TextArea rationale) {}

  private VerdictForm form(@Nullable VerdictSummary from) {
    Select<Rating> rating = new Select<>();
    rating.setLabel("Rating");
    rating.setId("verdict-rating");
    // Only ratings still in use; a correction of a verdict with a retired rating must choose anew.
    List<Rating> usable = scale.active().stream().map(RatingDefinition::rating).toList();
    rating.setItems(usable);
    rating.setItemLabelGenerator(scale::label);
    TextArea summary = Limited.area("verdict-summary", "Summary", 1000);
    TextArea rationale = Limited.area("verdict-rationale", "Rationale", 20000);
    if (from != null) {
      if (usable.contains(from.rating())) {
        rating.setValue(from.rating());
      }
      summary.setValue(from.summary());
      rationale.setValue(from.rationale() == null ? "" : from.rationale());
    }
    return new VerdictForm(rating, summary, rationale);
  }

  private void openPropose(ClaimSummary claim) {
    openVerdictDialog(
        "propose-verdict-dialog",
        "Propose a verdict",
        null,
        null,
        "Propose",
        "submit-verdict",
        "Verdict proposed; another editor approves it.",
        form ->
            verdicts.propose(
                claim.id(),
                claim.version(),
                form.rating().getValue(),
                form.summary().getValue(),
                form.rationale().getValue()));
  }

  private void openCorrect(VerdictSummary old) {
    TextArea note = Limited.area("correction-note", "Correction note (published with it)", 2000);
    openVerdictDialog(
        "correct-verdict-dialog",
        "Correct the published verdict",
        old,
        note,
        "Propose the correction",
        "submit-correction",
        "Correction proposed; another editor approves it.",
        form ->
            verdicts.correct(
                old.id(),
                old.version(),
                form.rating().getValue(),
                form.summary().getValue(),
                form.rationale().getValue(),
                note.getValue()));
  }

  /** The verdict form in a dialog; {@code submit} runs once a rating is picked. */
  private void openVerdictDialog(
      String dialogId,
      String title,
      @Nullable VerdictSummary from,
      @Nullable TextArea extra,
      String submitLabel,
      String submitId,
      String success,
      Consumer<VerdictForm> submit) {
    Dialog dialog = new Dialog();
    dialog.setId(dialogId);
    dialog.setHeaderTitle(title);
    dialog.setWidth("40rem");
    VerdictForm form = form(from);
    Button button =
        button(
            submitLabel,
            submitId,
            ButtonVariant.LUMO_PRIMARY,
            () -> {
              if (form.rating().getValue() == null) {
                Notices.error("Pick a rating.");
                return;
              }
              if (run(() -> submit.accept(form), success)) {
                dialog.close();
              }
            });
    dialog.add(form.rating(), form.summary(), form.rationale());
    if (extra != null) {
      dialog.add(extra);
    }
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), button);
    dialog.open();
  }
}
