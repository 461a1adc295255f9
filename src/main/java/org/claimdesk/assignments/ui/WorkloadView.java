package org.claimdesk.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.claimdesk.assignments.AssignmentOutcome;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.assignments.ReviewerWorkload;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Workload (editors): per person open assignments, due today, overdue, finished this week and
 * capacity; and the accepted claims nobody has yet, oldest first, with how long they have waited.
 */
@Route("workload")
@PageTitle("Workload · ClaimDesk")
@Menu(title = "Workload", order = 5.5)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class WorkloadView extends VerticalLayout {

  /** The most waiting claims listed (and assigned by the button) at once. */
  static final int WAITING_SHOWN = 200;

  private final AssignmentService assignments;
  private final ClaimService claims;
  final Grid<ReviewerWorkload> people = new Grid<>(ReviewerWorkload.class, false);
  final Grid<ClaimSummary> waiting = new Grid<>(ClaimSummary.class, false);
  final Button assignWaiting = new Button("Assign waiting claims automatically");
  final Paragraph lastRun = new Paragraph();
  final Checkbox autoAssign = new Checkbox("Auto-assign new accepted claims");
  final ComboBox<ReviewerWorkload> conflictReviewer = new ComboBox<>("Reviewer");
  final TextField conflictParty = new TextField("Speaker or outlet");
  final Button declareConflict = new Button("Record conflict of interest");
  final Div conflictList = new Div();

  public WorkloadView(AssignmentService assignments, ClaimService claims) {
    this.assignments = assignments;
    this.claims = claims;
    addClassName("workload-view");
    setSizeFull();
    people.setId("workload-grid");
    people.addColumn(ReviewerWorkload::displayName).setHeader("Person").setFlexGrow(2);
    people.addColumn(ReviewerWorkload::open).setHeader("Open");
    people.addColumn(ReviewerWorkload::dueToday).setHeader("Due today");
    people
        .addColumn(ReviewerWorkload::overdue)
        .setHeader("Overdue")
        .setPartNameGenerator(w -> w.overdue() > 0 ? "overdue" : null);
    people.addColumn(ReviewerWorkload::finishedThisWeek).setHeader("Finished this week");
    people
        .addColumn(w -> hoursLabel(w.averageHoursToVerdict()))
        .setHeader("Average time to verdict");
    people
        .addColumn(w -> w.nextDue() == null ? "" : DeskFormat.due(w.nextDue()))
        .setHeader("Next due");
    people.addColumn(ReviewerWorkload::capacity).setHeader("Capacity");
    people.addColumn(WorkloadView::loadLabel).setHeader("Load");
    people.setEmptyStateText("No reviewers yet.");
    people.setAllRowsVisible(true);
    people.addItemClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "claims",
                            com.vaadin.flow.router.QueryParameters.of(
                                "assignee", click.getItem().username()))));

    waiting.setId("waiting-grid");
    waiting.addColumn(ClaimSummary::statement).setHeader("Accepted claim").setFlexGrow(4);
    waiting.addColumn(c -> c.outlet() == null ? "" : c.outlet()).setHeader("Outlet");
    waiting
        .addColumn(c -> String.format("%.2f", c.checkworthiness()))
        .setHeader("Check-worthiness");
    waiting.addColumn(c -> waitingFor(c.createdAt(), Instant.now())).setHeader("Waiting");
    waiting.setEmptyStateText("Every accepted claim has a reviewer.");
    waiting.addItemClickListener(
        click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().id())));

    assignWaiting.setId("assign-waiting");
    assignWaiting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    assignWaiting.addClickListener(click -> assignWaiting());
    lastRun.setId("assign-waiting-result");

    autoAssign.setId("auto-assign-accepted");
    autoAssign.setValue(assignments.autoAssignsAccepted());
    boolean admin = CurrentUser.hasRole(Roles.ADMIN);
    autoAssign.setReadOnly(!admin);
    autoAssign.setHelperText(
        (admin ? "" : "Admins change this. ")
            + "When on, the desk assigns waiting accepted claims every few minutes.");
    autoAssign.addValueChangeListener(
        e -> {
          if (e.isFromClient()
              && !Notices.attempt(() -> assignments.setAutoAssignAccepted(e.getValue()))) {
            autoAssign.setValue(e.getOldValue());
          }
        });

    conflictReviewer.setId("conflict-reviewer");
    conflictReviewer.setItemLabelGenerator(w -> w.displayName() + " (" + w.username() + ")");
    conflictReviewer.addValueChangeListener(e -> showConflicts());
    conflictParty.setId("conflict-party");
    conflictParty.setMaxLength(200);
    declareConflict.setId("declare-conflict");
    declareConflict.addClickListener(click -> declareConflict());
    conflictList.setId("conflict-list");
    HorizontalLayout conflictForm =
        new HorizontalLayout(conflictReviewer, conflictParty, declareConflict);
    conflictForm.setAlignItems(FlexComponent.Alignment.BASELINE);
    conflictForm.setWrap(true);

    add(
        new H2("Workload"),
        people,
        new H2("Waiting for a reviewer"),
        autoAssign,
        assignWaiting,
        lastRun,
        waiting,
        new H2("Conflicts of interest"),
        new Paragraph(
            "Automatic assignment never gives a reviewer the claims of a speaker or outlet they"
                + " have a conflict of interest with."),
        conflictForm,
        conflictList);
    refresh();
  }

  void refresh() {
    List<ReviewerWorkload> load = assignments.workload();
    people.setItems(load);
    ReviewerWorkload chosen = conflictReviewer.getValue();
    conflictReviewer.setItems(load);
    if (chosen != null) {
      load.stream()
          .filter(w -> w.username().equals(chosen.username()))
          .findFirst()
          .ifPresent(conflictReviewer::setValue);
    }
    waiting.setItems(waitingClaims());
  }

  void declareConflict() {
    ReviewerWorkload who = conflictReviewer.getValue();
    if (who == null) {
      Notices.error("Pick the reviewer who has the conflict of interest.");
      return;
    }
    if (Notices.attempt(
        () -> assignments.declareConflict(who.username(), conflictParty.getValue()))) {
      Notices.success(
          who.displayName() + " is no longer assigned claims of " + conflictParty.getValue() + ".");
      conflictParty.clear();
      showConflicts();
    }
  }

  void showConflicts() {
    conflictList.removeAll();
    ReviewerWorkload who = conflictReviewer.getValue();
    if (who == null) {
      return;
    }
    List<String> parties = assignments.conflictsOf(who.username());
    if (parties.isEmpty()) {
      conflictList.add(new Paragraph(who.displayName() + " has no recorded conflicts."));
    }
    for (String party : parties) {
      Button withdraw =
          new Button(
              "Withdraw",
              click -> {
                if (Notices.attempt(() -> assignments.withdrawConflict(who.username(), party))) {
                  showConflicts();
                }
              });
      withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      HorizontalLayout row = new HorizontalLayout(new Span(party), withdraw);
      row.setAlignItems(FlexComponent.Alignment.BASELINE);
      row.addClassName("conflict-row");
      conflictList.add(row);
    }
  }

  /** "5 h", "2.5 d", or empty when nothing was published lately. */
  static String hoursLabel(Double hours) {
    if (hours == null) {
      return "";
    }
    if (hours < 48) {
      return Math.max(1, Math.round(hours)) + " h";
    }
    return String.format(java.util.Locale.ROOT, "%.1f d", hours / 24);
  }

  List<ClaimSummary> waitingClaims() {
    return claims
        .queue(
            ClaimFilter.all().withStatuses(Set.of(ClaimStatus.ACCEPTED)),
            PageRequest.of(
                0, WAITING_SHOWN, Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"))))
        .getContent();
  }

  void assignWaiting() {
    List<Long> ids = waitingClaims().stream().map(ClaimSummary::id).toList();
    if (ids.isEmpty()) {
      lastRun.setText("No claims are waiting.");
      return;
    }
    Notices.attempt(
        () -> {
          List<AssignmentOutcome> outcomes = assignments.assignAutomatically(ids);
          long done = outcomes.stream().filter(AssignmentOutcome::assigned).count();
          String firstReason =
              outcomes.stream()
                  .filter(o -> !o.assigned())
                  .map(AssignmentOutcome::reason)
                  .findFirst()
                  .orElse(null);
          lastRun.setText(
              "Assigned "
                  + done
                  + " of "
                  + outcomes.size()
                  + " claims."
                  + (firstReason == null ? "" : " Not assigned: " + firstReason));
        });
    refresh();
  }

  static String loadLabel(ReviewerWorkload w) {
    if (w.capacity() == 0) {
      return w.open() == 0 ? "takes no work" : "over capacity";
    }
    return Math.round(100.0 * w.open() / w.capacity()) + "%";
  }

  /** "3 d 4 h", "5 h", "12 min": how long a claim has waited. */
  static String waitingFor(Instant since, Instant now) {
    Duration d = Duration.between(since, now);
    if (d.isNegative()) {
      return "just now";
    }
    if (d.toDays() > 0) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + " h";
    }
    return Math.max(1, d.toMinutes()) + " min";
  }
}
