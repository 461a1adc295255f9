package org.claimdesk.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.AssignmentSummary;
import org.claimdesk.assignments.ReviewerWorkload;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Role;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserSummary;

/**
 * The claim page's assignment section: who has the claim and by when; for the assigned reviewer a
 * "Hand back" button that asks for a reason; for editors, where the workflow allows it, the assign
 * form whose candidates show their open load against capacity and their next due date.
 */
public final class AssignmentControl {

  private AssignmentControl() {}

  /** Redraws {@code target} for the claim; {@code names} turns a username into a display name. */
  public static void show(
      Div target,
      AssignmentService assignments,
      ClaimSummary c,
      List<UserSummary> people,
      Function<String, String> names,
      Runnable refresh) {
    target.removeAll();
    Paragraph now = new Paragraph();
    now.setId("assignment-current");
    Optional<AssignmentSummary> active = assignments.activeFor(c.id());
    now.setText(
        active
            .map(
                a ->
                    "Assigned to "
                        + names.apply(a.reviewer())
                        + " by "
                        + names.apply(a.assignedBy())
                        + (a.dueDate() == null ? "" : ", due " + DeskFormat.due(a.dueDate()))
                        + ".")
            .orElse("Nobody is assigned."));
    if (active.map(a -> DeskTime.isOverdue(a.dueDate())).orElse(false)) {
      now.addClassName("overdue");
    }
    target.add(now);
    boolean mine =
        active
            .map(a -> CurrentUser.username().map(a.reviewer()::equalsIgnoreCase).orElse(false))
            .orElse(false);
    if (mine && CurrentUser.hasRole(Roles.REVIEWER)) {
      target.add(handBackButton(assignments, c, refresh));
    }
    if (!CurrentUser.hasRole(Roles.EDITOR)) {
      return;
    }
    if (!c.status().canBeAssigned()) {
      // No controls that would only be refused: say what to do instead.
      Paragraph why = new Paragraph(whyNotAssignable(c.status()));
      why.setId("assignment-unavailable");
      why.addClassName("assignment-unavailable");
      target.add(why);
      return;
    }
    Map<String, ReviewerWorkload> load =
        assignments.workload().stream()
            .collect(Collectors.toMap(ReviewerWorkload::username, w -> w, (a, b) -> a));
    ComboBox<UserSummary> reviewer = new ComboBox<>("Reviewer");
    reviewer.setId("assign-reviewer");
    reviewer.setItems(
        people.stream().filter(u -> Role.granted(u.roles()).contains(Role.REVIEWER)).toList());
    reviewer.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
    reviewer.setRenderer(
        new ComponentRenderer<>(
            u -> {
              Span name = new Span(u.displayName() + " (" + u.username() + ")");
              Span detail = new Span(" · " + loadOf(u, load.get(u.username())));
              detail.addClassName("candidate-load");
              return new Span(name, detail);
            }));
    reviewer.setWidth("22em");
    Span candidate = new Span();
    candidate.setId("assign-candidate-load");
    candidate.addClassName("candidate-load");
    reviewer.addValueChangeListener(
        e ->
            candidate.setText(
                e.getValue() == null
                    ? ""
                    : loadOf(e.getValue(), load.get(e.getValue().username()))));
    DatePicker due = DeskFormat.datePicker(new DatePicker("Due"));
    due.setId("assign-due");
    due.setMin(DeskTime.today());
    due.setHelperText("Empty: the desk's turnaround for the claim's check-worthiness.");
    if (c.dueDate() != null) {
      due.setValue(c.dueDate());
    }
    Button assign = new Button("Assign");
    assign.setDisableOnClick(true);
    assign.addClickListener(
        click -> {
          try {
            if (reviewer.getValue() == null) {
              Notices.error("Pick a reviewer to assign.");
              return;
            }
            if (Notices.attempt(
                () ->
                    assignments.assign(
                        c.id(), c.version(), reviewer.getValue().username(), due.getValue()))) {
              Notices.success("Assigned to " + reviewer.getValue().displayName() + ".");
              refresh.run();
            }
          } finally {
            assign.setEnabled(true);
          }
        });
    assign.setId("assign");
    HorizontalLayout form = new HorizontalLayout(reviewer, due, assign, candidate);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    target.add(form);
  }

  /** "3/10 open, next due 4 Dec 2026", "away until ...": what an editor weighs when choosing. */
  static String loadOf(UserSummary person, ReviewerWorkload w) {
    long open = w == null ? 0 : w.open();
    StringBuilder s = new StringBuilder(open + "/" + person.capacity() + " open");
    if (w != null && w.overdue() > 0) {
      s.append(", ").append(w.overdue()).append(" overdue");
    }
    if (w != null && w.nextDue() != null) {
      s.append(", next due ").append(DeskFormat.date(w.nextDue()));
    }
    if (!person.availableOn(DeskTime.today()) && person.awayUntil() != null) {
      s.append(", away until ").append(DeskFormat.date(person.awayUntil()));
    }
    return s.toString();
  }

  private static Button handBackButton(
      AssignmentService assignments, ClaimSummary c, Runnable refresh) {
    Button handBack = new Button("Hand back…");
    handBack.setId("hand-back");
    handBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    handBack.addClickListener(
        click -> {
          Dialog dialog = new Dialog("Hand back claim #" + c.id());
          dialog.setId("hand-back-dialog");
          TextArea reason = new TextArea("Why can't you take it?");
          reason.setId("hand-back-reason");
          reason.setWidthFull();
          reason.setMaxLength(1000);
          reason.setRequired(true);
          Button confirm = new Button("Hand back");
          confirm.setId("hand-back-confirm");
          confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
          confirm.addClickListener(
              e -> {
                if (Notices.attempt(() -> assignments.handBack(c.id(), reason.getValue()))) {
                  Notices.success("You handed claim #" + c.id() + " back.");
                  dialog.close();
                  refresh.run();
                }
              });
          dialog.add(
              new Paragraph(
                  "The claim goes back to the desk and the editor who assigned it is told why."),
              reason);
          dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
          dialog.open();
        });
    return handBack;
  }

  private static String whyNotAssignable(ClaimStatus status) {
    return switch (status) {
      case NEW -> "Accept the claim to assign a reviewer.";
      case PUBLISHED -> "The claim is published: reopen it to assign a reviewer.";
      case DISMISSED ->
          "The claim is dismissed: bring it back to new and accept it to assign a reviewer.";
      default -> "A reviewer cannot be assigned to a claim that is " + status.label() + ".";
    };
  }
}
