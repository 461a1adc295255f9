package org.claimdesk.desk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.assignments.AssignmentService;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.publishing.QueueExport;
import org.claimdesk.publishing.ui.QueueDownload;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.DeskTime;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingDefinition;
import org.claimdesk.verdicts.RatingDefinitions;
import org.claimdesk.verdicts.RatingScale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The claim queue: every claim, loaded a page at a time on the server, most check-worthy first. The
 * filters live in the address, so a filtered queue can be shared and the back button works.
 */
@Route("claims")
@PageTitle("Claims · ClaimDesk")
@Menu(title = "Claims", order = 3)
@PermitAll
public class QueueView extends VerticalLayout implements BeforeEnterObserver {

  static final int PAGE_SIZE = 50;

  private final ClaimService claims;
  private final DocumentService documents;
  private final DisplayNames names;
  private final Map<Long, String> documentTitles = new HashMap<>();
  final ComboBox<DocumentSummary> document = new ComboBox<>("Document");
  final Grid<ClaimSummary> grid = new Grid<>(ClaimSummary.class, false);
  final MultiSelectComboBox<ClaimStatus> status = new MultiSelectComboBox<>("Status");
  final TextField speaker = new TextField("Speaker");
  final ComboBox<String> assignee = new ComboBox<>("Assignee");
  final ComboBox<Rating> rating = new ComboBox<>("Rating");
  final ComboBox<String> outlet = new ComboBox<>("Outlet");
  final DatePicker from = DeskFormat.datePicker(new DatePicker("First seen from"));
  final DatePicker to = DeskFormat.datePicker(new DatePicker("to"));
  final TextField text = new TextField("Text");
  final Checkbox resurfaced = new Checkbox("Seen again after its verdict was published");
  private final Button clearDocument = new Button();
  private final Button moreFilters = new Button();
  private final HorizontalLayout moreFields =
      new HorizontalLayout(rating, outlet, document, from, to);
  final FlexLayout counts = new FlexLayout();
  private @Nullable Long documentId;
  private boolean applyingAddress;
  private ClaimFilter filter = ClaimFilter.all();

  final @Nullable QueueAssignBar assignBar;

  private final RatingDefinitions scale;

  public QueueView(
      ClaimService claims,
      UserService users,
      AssignmentService assignments,
      DocumentService documents,
      RatingScale ratings,
      QueueExport export) {
    this.claims = claims;
    this.documents = documents;
    this.names = new DisplayNames(users);
    this.scale = ratings.current();
    addClassName("queue-view");
    setSizeFull();
    status.setId("filter-status");
    status.setItems(ClaimStatus.values());
    status.setItemLabelGenerator(ClaimStatus::label);
    speaker.setId("filter-speaker");
    speaker.setValueChangeMode(ValueChangeMode.LAZY);
    assignee.setId("filter-assignee");
    assignee.setItems(users.listActiveUsers().stream().map(UserSummary::username).toList());
    assignee.setItemLabelGenerator(names::of);
    assignee.setClearButtonVisible(true);
    rating.setId("filter-rating");
    rating.setItems(scale.inOrder().stream().map(RatingDefinition::rating).toList());
    rating.setItemLabelGenerator(scale::label);
    rating.setClearButtonVisible(true);
    outlet.setId("filter-outlet");
    outlet.setItems(claims.outlets());
    outlet.setClearButtonVisible(true);
    from.setId("filter-from");
    to.setId("filter-to");
    text.setId("filter-text");
    text.setPlaceholder("Words in the statement");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    resurfaced.setId("filter-resurfaced");
    clearDocument.setId("filter-document");
    clearDocument.addThemeVariants(ButtonVariant.LUMO_SMALL);
    clearDocument.addClickListener(
        click -> {
          documentId = null;
          filtersChanged();
        });
    configureDocumentFilter();
    status.addValueChangeListener(e -> filtersChanged());
    speaker.addValueChangeListener(e -> filtersChanged());
    assignee.addValueChangeListener(e -> filtersChanged());
    rating.addValueChangeListener(e -> filtersChanged());
    outlet.addValueChangeListener(e -> filtersChanged());
    from.addValueChangeListener(e -> filtersChanged());
    to.addValueChangeListener(e -> filtersChanged());
    text.addValueChangeListener(e -> filtersChanged());
    resurfaced.addValueChangeListener(e -> filtersChanged());
    counts.setId("status-counts");
    counts.addClassName("status-counts");
    // One compact bar of the filters used all day; the rest open with "More filters".
    for (var field :
        List.<com.vaadin.flow.component.HasTheme>of(
            status, speaker, assignee, rating, outlet, document, from, to, text)) {
      field.addThemeName("small");
    }
    text.setWidth("16rem");
    status.setWidth("12rem");
    speaker.setWidth("11rem");
    assignee.setWidth("11rem");
    rating.setWidth("10rem");
    outlet.setWidth("10rem");
    document.setWidth("14rem");
    from.setWidth("9.5rem");
    to.setWidth("9.5rem");
    moreFilters.setId("more-filters");
    moreFilters.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    moreFilters.getElement().setAttribute("aria-controls", "more-filter-fields");
    moreFilters.addClickListener(click -> showMoreFilters(!moreFields.isVisible()));
    moreFields.setId("more-filter-fields");
    moreFields.addClassName("queue-more-filters");
    moreFields.setWrap(true);
    moreFields.setAlignItems(Alignment.BASELINE);
    moreFields.setPadding(false);
    showMoreFilters(false);
    HorizontalLayout filters =
        new HorizontalLayout(
            text, status, speaker, assignee, resurfaced, moreFilters, moreFields, clearDocument);
    filters.setWrap(true);
    filters.setAlignItems(Alignment.BASELINE);
    filters.addClassName("queue-filters");
    filters.setWidthFull();
    H2 heading = new H2("Claims");
    HorizontalLayout top = new HorizontalLayout(heading, counts);
    top.addClassName("queue-top");
    top.setWidthFull();
    top.setAlignItems(Alignment.CENTER);
    top.expand(counts);
    add(top, filters);
    if (CurrentUser.hasRole(Roles.EDITOR) || CurrentUser.hasRole(Roles.AUDITOR)) {
      top.add(new QueueDownload(export, () -> filter));
    }
    if (CurrentUser.hasRole(Roles.EDITOR)) {
      grid.setSelectionMode(Grid.SelectionMode.MULTI);
      assignBar =
          new QueueAssignBar(
              assignments, claims, users.listActiveUsers(), grid, () -> filter, this::refresh);
      add(assignBar);
    } else {
      assignBar = null;
    }
    add(grid);
    configureGrid();
  }

  private void configureGrid() {
    grid.setId("claims-grid");
    statementColumn();
    grid.addColumn(c -> SpeakerWording.of(c.claimantName(), c.claimantKind()))
        .setHeader("Speaker")
        .setSortProperty("claimantName")
        .setKey("claimantName");
    grid.addColumn(c -> c.status().label())
        .setHeader("Status")
        .setSortProperty("status")
        .setKey("status");
    grid.addColumn(c -> String.format(Locale.ROOT, "%.2f", c.checkworthiness()))
        .setHeader(scoreHeader())
        .setSortProperty("checkworthiness")
        .setKey("checkworthiness");
    grid.addColumn(c -> c.currentRating() == null ? "" : scale.label(c.currentRating()))
        .setHeader("Rating")
        .setKey("rating");
    grid.addColumn(c -> c.assignee() == null ? "" : names.of(c.assignee()))
        .setHeader("Assignee")
        .setSortProperty("assignee")
        .setKey("assignee");
    dueDateColumn();
    appearanceColumns();
    documentColumn();
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    columnWidths();
    grid.setMultiSort(true, true);
    grid.addSortListener(
        sorted -> {
          if (sorted.isFromClient()) {
            filtersChanged();
          }
        });
    grid.setPageSize(PAGE_SIZE);
    grid.setEmptyStateText("No claims match. Clear a filter, or ingest a document.");
    grid.addItemClickListener(click -> UI.getCurrent().navigate("claims/" + click.getItem().id()));
    grid.setItems(
        query -> {
          PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
          if (page.getSort().isUnsorted()) {
            page =
                page.withSort(Sort.by(Sort.Order.desc("checkworthiness"), Sort.Order.desc("id")));
          }
          return claims.queue(filter, page).stream();
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
    applyingAddress = true;
    try {
      status.setValue(parseStatuses(first(params, "status")));
      speaker.setValue(first(params, "speaker").orElse(""));
      assignee.setValue(first(params, "assignee").orElse(null));
      rating.setValue(first(params, "rating").flatMap(QueueView::parseRating).orElse(null));
      outlet.setValue(first(params, "outlet").orElse(null));
      from.setValue(first(params, "from").flatMap(QueueView::parseDate).orElse(null));
      to.setValue(first(params, "to").flatMap(QueueView::parseDate).orElse(null));
      text.setValue(first(params, "q").orElse(""));
      resurfaced.setValue(first(params, "resurfaced").map("true"::equalsIgnoreCase).orElse(false));
      documentId = first(params, "document").flatMap(QueueView::parseLong).orElse(null);
      document.setValue(documentId == null ? null : documents.find(documentId).orElse(null));
      grid.sort(QueueSort.parse(grid, first(params, "sort").orElse(null)));
    } finally {
      applyingAddress = false;
    }
    refresh();
  }

  private void filtersChanged() {
    if (applyingAddress) {
      return;
    }
    UI.getCurrent().navigate("claims", addressOfFilters());
  }

  QueryParameters addressOfFilters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (!status.getValue().isEmpty()) {
      p.put(
          "status",
          status.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }
    putIfPresent(p, "speaker", speaker.getValue());
    putIfPresent(p, "assignee", assignee.getValue());
    putIfPresent(p, "rating", rating.getValue() == null ? null : rating.getValue().name());
    putIfPresent(p, "outlet", outlet.getValue());
    putIfPresent(p, "from", from.getValue() == null ? null : from.getValue().toString());
    putIfPresent(p, "to", to.getValue() == null ? null : to.getValue().toString());
    putIfPresent(p, "q", text.getValue());
    putIfPresent(p, "resurfaced", resurfaced.getValue() ? "true" : null);
    putIfPresent(p, "document", documentId == null ? null : documentId.toString());
    putIfPresent(p, "sort", QueueSort.format(grid.getSortOrder()));
    return QueryParameters.simple(p);
  }

  /** Opens or closes the less used filters; the button says how many of them are set. */
  private void showMoreFilters(boolean open) {
    moreFields.setVisible(open);
    long set =
        java.util.stream.Stream.of(
                rating.getValue(),
                outlet.getValue(),
                document.getValue(),
                from.getValue(),
                to.getValue())
            .filter(java.util.Objects::nonNull)
            .count();
    moreFilters.setText(
        (open ? "Fewer filters" : "More filters") + (set == 0 ? "" : " (" + set + " set)"));
    moreFilters.getElement().setAttribute("aria-expanded", String.valueOf(open));
  }

  private void refresh() {
    {
      // Opened by the address when one of its filters is set; closed again only by hand.
      showMoreFilters(
          moreFields.isVisible()
              || rating.getValue() != null
              || outlet.getValue() != null
              || document.getValue() != null
              || from.getValue() != null
              || to.getValue() != null);
    }
    filter =
        new ClaimFilter(
            status.getValue(),
            blankToNull(speaker.getValue()),
            assignee.getValue(),
            rating.getValue() == null ? null : rating.getValue().name(),
            outlet.getValue(),
            documentId,
            from.getValue(),
            to.getValue(),
            blankToNull(text.getValue()),
            resurfaced.getValue());
    clearDocument.setVisible(documentId != null);
    clearDocument.setText("Document #" + documentId + " ×");
    grid.getDataProvider().refreshAll();
    showCounts();
  }

  /** The statement wraps to three lines, so that an editor reads it without opening the claim. */
  private void statementColumn() {
    grid.addColumn(
            LitRenderer.<ClaimSummary>of(
                    "<span class=\"statement-cell\" title=\"${item.text}\">${item.text}</span>")
                .withProperty("text", ClaimSummary::statement))
        .setHeader("Statement")
        .setFlexGrow(4)
        .setWidth("12.5rem");
  }

  /**
   * Widths that fit the queue at 1400 px with room to spare for two more narrow columns: short
   * values get what their header needs, the statement (wrapping to three lines), the speaker and
   * the document share the rest.
   */
  private void columnWidths() {
    Map<String, String> fixed =
        Map.of(
            "status",
            "6.5rem",
            "checkworthiness",
            "4.5rem",
            "rating",
            "5.5rem",
            "dueDate",
            "5.5rem",
            "appearanceCount",
            "8.5rem",
            "lastSeenAt",
            "5.5rem");
    fixed.forEach((key, width) -> grid.getColumnByKey(key).setWidth(width).setFlexGrow(0));
    grid.getColumnByKey("claimantName").setWidth("7rem").setFlexGrow(1);
    grid.getColumnByKey("assignee").setWidth("6rem").setFlexGrow(0);
    grid.addClassNames("queue-grid", "dense-grid");
  }

  /** "Score" as in the reader; the full name is its tooltip. */
  private static Span scoreHeader() {
    Span header = new Span("Score");
    header.getElement().setAttribute("title", "Check-worthiness");
    return header;
  }

  /** When the claim's check is due, in the desk's date format. */
  private void dueDateColumn() {
    grid.addColumn(c -> DeskFormat.due(c.dueDate()))
        .setHeader("Due")
        .setSortProperty("dueDate")
        .setKey("dueDate");
  }

  /**
   * In how many documents the claim appeared and when the desk last saw it; both are kept on the
   * claim, so that sorting by them is one indexed query.
   */
  private void appearanceColumns() {
    grid.addColumn(ClaimSummary::appearances)
        .setHeader("Appearances")
        .setSortProperty("appearanceCount")
        .setKey("appearanceCount")
        .setFlexGrow(0);
    grid.addColumn(
            c ->
                c.lastSeen() == null
                    ? ""
                    : DeskFormat.date(LocalDate.ofInstant(c.lastSeen(), DeskTime.zone())))
        .setHeader("Last seen")
        .setSortProperty("lastSeenAt")
        .setKey("lastSeenAt")
        .setFlexGrow(0);
  }

  /**
   * The document the claim was first seen in, by title (looked up once per document), with the
   * outlet under it.
   */
  private void documentColumn() {
    grid.addColumn(
            LitRenderer.<ClaimSummary>of(
                    "<span class=\"document-cell\">${item.title}</span>"
                        + "<span class=\"outlet-cell\">${item.outlet}</span>")
                .withProperty("title", this::documentTitle)
                .withProperty("outlet", c -> c.outlet() == null ? "" : c.outlet()))
        .setHeader("Document")
        .setKey("document")
        .setFlexGrow(1)
        .setWidth("6.5rem");
  }

  private String documentTitle(ClaimSummary c) {
    return c.firstDocumentId() == null
        ? "entered by hand"
        : documentTitles.computeIfAbsent(
            c.firstDocumentId(),
            id ->
                documents
                    .find(id)
                    .map(d -> d.withdrawn() ? d.title() + " (withdrawn)" : d.title())
                    .orElse("Document #" + id));
  }

  /** The form's document filter: the recent documents by title; the address keeps the id. */
  private void configureDocumentFilter() {
    document.setId("filter-document-choice");
    document.setItems(
        query -> {
          String typed = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
          return documents.recent(200).stream()
              .filter(d -> d.title().toLowerCase(Locale.ROOT).contains(typed))
              .skip(query.getOffset())
              .limit(query.getLimit());
        });
    document.setItemLabelGenerator(DocumentSummary::title);
    document.setClearButtonVisible(true);
    document.addValueChangeListener(
        change -> {
          if (!applyingAddress) {
            documentId = change.getValue() == null ? null : change.getValue().id();
            filtersChanged();
          }
        });
  }

  private void showCounts() {
    counts.removeAll();
    Map<ClaimStatus, Long> perStatus = claims.countsByStatus(filter.withStatuses(Set.of()));
    long total = 0;
    for (var entry : perStatus.entrySet()) {
      if (entry.getValue() > 0) {
        counts.add(statusChip(entry.getKey(), entry.getValue()));
        total += entry.getValue();
      }
    }
    Span all = new Span(total + (total == 1 ? " claim" : " claims"));
    all.addClassName("status-total");
    counts.addComponentAsFirst(all);
  }

  /**
   * A status count that filters the queue by its status when clicked, and back when clicked again.
   */
  private Button statusChip(ClaimStatus chipStatus, long count) {
    boolean on = status.getValue().contains(chipStatus);
    Button chip = new Button(chipStatus.label() + " " + count);
    chip.setId("status-chip-" + chipStatus.name().toLowerCase(Locale.ROOT));
    chip.addClassName("status-count");
    chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
    if (on) {
      chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    chip.getElement().setAttribute("data-status", chipStatus.name());
    chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
    chip.getElement()
        .setAttribute(
            "title", (on ? "Stop showing only " : "Show only ") + chipStatus.label().toLowerCase());
    chip.addClickListener(click -> status.setValue(on ? Set.of() : EnumSet.of(chipStatus)));
    return chip;
  }

  private static Optional<String> first(Map<String, List<String>> params, String name) {
    return Optional.ofNullable(params.get(name))
        .flatMap(values -> values.stream().findFirst())
        .filter(v -> !v.isBlank());
  }

  private static Set<ClaimStatus> parseStatuses(Optional<String> value) {
    Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
    value.ifPresent(
        v ->
            Arrays.stream(v.split(","))
                .forEach(
                    name -> {
                      try {
                        statuses.add(ClaimStatus.valueOf(name.strip()));
                      } catch (IllegalArgumentException ignored) {
                        // An edited address with an unknown status: leave that one out.
                      }
                    }));
    return statuses;
  }

  private static Optional<Rating> parseRating(String value) {
    try {
      return Optional.of(Rating.valueOf(value));
    } catch (UserFacingException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> parseDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> parseLong(String value) {
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void putIfPresent(Map<String, String> p, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      p.put(key, value.strip());
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
