package org.claimdesk.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.assignments.AssignmentOutcome;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The queue's bulk assignment (editors): the selected claims, or all that match the filter, to one
 * reviewer or automatically; the result line says how many were assigned and why others were not.
 */
class QueueAssignBar extends HorizontalLayout {

  /** The most claims one click assigns, as in the API. */
  static final int MAX_CLAIMS = 10_000;

  private final AssignmentService assignments;
  private final ClaimService claims;
  private final Grid<ClaimSummary> grid;
  private final Supplier<ClaimFilter> filter;
  private final Runnable refresh;
  final ComboBox<UserSummary> reviewer = new ComboBox<>();
  final DatePicker due = DeskFormat.datePicker(new DatePicker());
  final Span selectedCount = new Span();
  final Button clearSelection = new Button("Clear selection");
  final HorizontalLayout selection = new HorizontalLayout();
  final Button toReviewer = new Button("Assign selected");
  final Button automatically = new Button("Assign selected automatically");
  final Button allMatching = new Button("Assign all that match automatically");
  final Span result = new Span();

  QueueAssignBar(
      AssignmentService assignments,
      ClaimService claims,
      List<UserSummary> people,
      Grid<ClaimSummary> grid,
      Supplier<ClaimFilter> filter,
      Runnable refresh) {
    this.assignments = assignments;
    this.claims = claims;
    this.grid = grid;
    this.filter = filter;
    this.refresh = refresh;
    setId("queue-assign");
    setWrap(true);
    reviewer.setId("bulk-reviewer");
    reviewer.setItems(
        people.stream().filter(u -> Role.granted(u.roles()).contains(Role.REVIEWER)).toList());
    reviewer.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
    due.setId("bulk-due");
    toReviewer.setId("bulk-assign");
    automatically.setId("bulk-auto");
    allMatching.setId("bulk-auto-all");
    result.setId("bulk-result");
    for (Button b : new Button[] {toReviewer, automatically, allMatching}) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    }
    toReviewer.addClickListener(click -> assignSelectedToReviewer());
    automatically.addClickListener(click -> assignSelectedAutomatically());
    allMatching.addClickListener(click -> assignAllMatchingAutomatically());
    // The controls for a selection show only while claims are selected: the queue keeps its rows.
    reviewer.setAriaLabel("Reviewer");
    reviewer.setPlaceholder("Reviewer");
    reviewer.addThemeName("small");
    reviewer.setWidth("14rem");
    due.setAriaLabel("Due date");
    due.setPlaceholder("Due date");
    due.addThemeName("small");
    due.setWidth("9rem");
    selectedCount.setId("bulk-selected-count");
    selectedCount.addClassName("bulk-selected-count");
    clearSelection.setId("bulk-clear");
    clearSelection.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    clearSelection.addClickListener(click -> grid.deselectAll());
    toReviewer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    allMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    selection.setId("bulk-selection");
    selection.addClassName("bulk-selection");
    selection.setAlignItems(FlexComponent.Alignment.CENTER);
    selection.setWrap(true);
    selection.add(selectedCount, reviewer, due, toReviewer, automatically, clearSelection);
    result.addClassName("bulk-result");
    result.getElement().setAttribute("role", "status");
    addClassName("queue-assign-bar");
    setAlignItems(FlexComponent.Alignment.CENTER);
    setWidthFull();
    add(selection, allMatching, result);
    showSelection();
    grid.addSelectionListener(selected -> showSelection());
  }

  private void showSelection() {
    int count = grid.getSelectedItems().size();
    selection.setVisible(count > 0);
    allMatching.setVisible(count == 0);
    selectedCount.setText(count + (count == 1 ? " claim selected:" : " claims selected:"));
  }

  private List<Long> selected() {
    return grid.getSelectedItems().stream().map(ClaimSummary::id).toList();
  }

  void assignSelectedToReviewer() {
    List<Long> ids = selected();
    if (ids.isEmpty()) {
      result.setText("Select claims first.");
      return;
    }
    if (reviewer.getValue() == null) {
      result.setText("Choose a reviewer first.");
      return;
    }
    String who = reviewer.getValue().username();
    run(() -> assignments.assignAll(ids, who, due.getValue()));
  }

  void assignSelectedAutomatically() {
    List<Long> ids = selected();
    if (ids.isEmpty()) {
      result.setText("Select claims first.");
      return;
    }
    run(() -> assignments.assignAutomatically(ids));
  }

  void assignAllMatchingAutomatically() {
    List<Long> ids = new ArrayList<>();
    int page = 0;
    Slice<ClaimSummary> slice;
    do {
      slice =
          claims.queue(filter.get(), PageRequest.of(page++, 500, Sort.by(Sort.Order.asc("id"))));
      slice.forEach(c -> ids.add(c.id()));
    } while (slice.hasNext() && ids.size() < MAX_CLAIMS);
    if (ids.isEmpty()) {
      result.setText("No claims match the filter.");
      return;
    }
    run(() -> assignments.assignAutomatically(ids.subList(0, Math.min(ids.size(), MAX_CLAIMS))));
  }

  private void run(Supplier<List<AssignmentOutcome>> assign) {
    List<List<AssignmentOutcome>> out = new ArrayList<>();
    if (Notices.attempt(() -> out.add(assign.get()))) {
      List<AssignmentOutcome> outcomes = out.getFirst();
      long done = outcomes.stream().filter(AssignmentOutcome::assigned).count();
      String firstReason =
          outcomes.stream()
              .filter(o -> !o.assigned())
              .map(AssignmentOutcome::reason)
              .findFirst()
              .orElse(null);
      result.setText(
          "Assigned "
              + done
              + " of "
              + outcomes.size()
              + " claims."
              + (firstReason == null ? "" : " Not assigned: " + firstReason));
      grid.deselectAll();
      refresh.run();
      // The buttons went with the selection: the keyboard goes on in the list.
      grid.focus();
    }
  }
}
