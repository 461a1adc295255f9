package org.claimdesk.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimdesk.claims.ClaimItemView;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.followups.FollowUpService;
import org.claimdesk.followups.FollowUpStatus;
import org.claimdesk.followups.FollowUpSummary;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Limited;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * The claim's follow-ups, and scheduling a new one: what to watch for and when are pre-filled from
 * the extraction's hint ("a decision is expected next week").
 */
final class FollowUpPanel extends Div {

  private final FollowUpService followUps;
  private final DisplayNames names;
  private final Runnable changed;

  private @Nullable ClaimSummary claim;
  private @Nullable ClaimItemView hint;
  private List<UserSummary> people = List.of();

  FollowUpPanel(FollowUpService followUps, DisplayNames names, Runnable changed) {
    this.followUps = followUps;
    this.names = names;
    this.changed = changed;
    setId("follow-ups");
    addClassName("claim-section");
  }

  void show(ClaimSummary claim, List<ClaimItemView> appearances, List<UserSummary> people) {
    this.claim = claim;
    this.people = people;
    this.hint = firstHint(appearances).orElse(null);
    removeAll();
    List<FollowUpSummary> all = followUps.forClaim(claim.id());
    if (all.isEmpty()) {
      add(new Paragraph("No follow-ups."));
    }
    all.forEach(f -> add(card(f)));
    if (ClaimWork.canWorkOn(claim)) {
      Button add = new Button("Add a follow-up", e -> openForm());
      add.setId("add-follow-up");
      add(add);
    }
  }

  /** The first appearance that carries a follow-up hint. */
  static Optional<ClaimItemView> firstHint(List<ClaimItemView> appearances) {
    return appearances.stream()
        .filter(i -> i.followUpDate() != null || i.followUpReason() != null)
        .findFirst();
  }

  private Div card(FollowUpSummary f) {
    Div card = new Div();
    card.setId("follow-up-" + f.id());
    card.addClassName("follow-up");
    if (f.overdue()) {
      card.addClassName("overdue");
    }
    Span due = new Span("Due " + DeskFormat.date(f.dueDate()) + (f.overdue() ? " (overdue)" : ""));
    due.addClassName("follow-up-due");
    Span status = new Span(f.status().name().toLowerCase(Locale.ROOT));
    status.addClassName("follow-up-status");
    card.add(new Div(due, status));
    Paragraph watch = new Paragraph(f.watchFor());
    watch.addClassName("follow-up-watch");
    card.add(watch);
    card.add(
        new Span(
            (f.assignee() == null ? "Not assigned" : "For " + names.of(f.assignee()))
                + " · scheduled by "
                + names.of(f.createdBy())));
    if (f.outcome() != null) {
      Paragraph outcome = new Paragraph("Outcome: " + f.outcome());
      outcome.addClassName("follow-up-outcome");
      card.add(outcome);
    }
    if (f.status() == FollowUpStatus.OPEN && claim != null && ClaimWork.canWorkOn(claim)) {
      Button close = new Button("Close with an outcome", e -> openClose(f));
      close.setId("close-follow-up-" + f.id());
      close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      card.add(new Div(close));
    }
    return card;
  }

  private void openForm() {
    ClaimSummary c = claim;
    if (c == null) {
      return;
    }
    Dialog dialog = new Dialog();
    dialog.setId("add-follow-up-dialog");
    dialog.setHeaderTitle("Add a follow-up");
    dialog.setWidth("36rem");
    TextArea watch = Limited.area("follow-up-watch", "What to watch for", 1000);
    DatePicker due = DeskFormat.datePicker(new DatePicker("Due"));
    due.setId("follow-up-due");
    ComboBox<UserSummary> assignee = new ComboBox<>("Assignee");
    assignee.setId("follow-up-assignee");
    // Auditors read but do not take follow-ups.
    assignee.setItems(
        people.stream().filter(u -> Role.granted(u.roles()).contains(Role.REVIEWER)).toList());
    assignee.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
    assignee.setClearButtonVisible(true);
    if (hint != null) {
      LocalDate today = DeskTime.today();
      if (hint.followUpReason() != null) {
        watch.setValue(FollowUpWording.watchFor(hint.followUpReason(), hint.speakerName()));
      }
      due.setValue(FollowUpWording.due(hint.followUpDate(), today));
      String note = "Pre-filled from the follow-up hint found in the text.";
      if (hint.followUpDate() != null && !hint.followUpDate().isAfter(today)) {
        note +=
            " The hinted date, "
                + DeskFormat.date(hint.followUpDate())
                + ", has passed: moved to "
                + DeskFormat.date(due.getValue())
                + ".";
      }
      Paragraph from = new Paragraph(note);
      from.setId("follow-up-hint-note");
      from.addClassName("hint-note");
      dialog.add(from);
    }
    if (due.isEmpty()) {
      due.setValue(DeskTime.today().plusDays(FollowUpWording.DAYS_AHEAD));
    }
    people.stream()
        .filter(u -> c.assignee() != null && u.username().equalsIgnoreCase(c.assignee()))
        .findFirst()
        .ifPresent(assignee::setValue);
    Button save =
        WriteButton.of(
            "Schedule",
            () -> {
              boolean done =
                  Notices.attempt(
                      () ->
                          followUps.schedule(
                              c.id(),
                              watch.getValue(),
                              due.getValue(),
                              assignee.getValue() == null ? null : assignee.getValue().username()));
              if (done) {
                dialog.close();
                Notices.success("Follow-up scheduled.");
                changed.run();
              }
            });
    save.setId("save-follow-up");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(watch, due, assignee);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private void openClose(FollowUpSummary f) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Close the follow-up");
    dialog.setWidth("32rem");
    RadioButtonGroup<FollowUpStatus> result = new RadioButtonGroup<>("Result");
    result.setId("follow-up-result");
    result.setItems(FollowUpStatus.DONE, FollowUpStatus.CANCELLED);
    result.setItemLabelGenerator(s -> s == FollowUpStatus.DONE ? "Done" : "Cancelled");
    result.setValue(FollowUpStatus.DONE);
    TextArea outcome = Limited.area("follow-up-outcome", "Outcome", 2000);
    Button save =
        WriteButton.of(
            "Close the follow-up",
            () -> {
              boolean done =
                  Notices.attempt(
                      () -> followUps.close(f.id(), result.getValue(), outcome.getValue()));
              if (done) {
                dialog.close();
                Notices.success("Follow-up closed.");
                changed.run();
              }
            });
    save.setId("confirm-close-follow-up");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new Paragraph(f.watchFor()), result, outcome);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }
}
