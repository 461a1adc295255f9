package org.claimdesk.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The claim queue: every claim, loaded a page at a time, most check-worthy first. */
@Route("claims")
@PageTitle("Claims · ClaimDesk")
@Menu(title = "Claims", order = 3)
@PermitAll
public class ClaimsView extends VerticalLayout {

  private final ClaimService claims;
  private final Grid<ClaimSummary> grid = new Grid<>(ClaimSummary.class, false);
  private final TextField search = new TextField();
  private final Span counts = new Span();

  public ClaimsView(ClaimService claims) {
    this.claims = claims;
    addClassName("claims-view");
    setSizeFull();
    search.setId("claim-search");
    search.setPlaceholder("Search statements");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    counts.addClassName("status-counts");
    add(new H2("Claims"), new HorizontalLayout(search, counts), grid);
    configureGrid();
    showCounts();
  }

  private void configureGrid() {
    grid.setId("claims-grid");
    grid.addColumn(ClaimSummary::statement).setHeader("Statement").setFlexGrow(4);
    grid.addColumn(c -> c.claimantName() == null ? "" : c.claimantName()).setHeader("Speaker");
    grid.addColumn(c -> c.status().label()).setHeader("Status").setSortProperty("status");
    grid.addColumn(c -> String.format(Locale.ROOT, "%.2f", c.checkworthiness()))
        .setHeader("Check-worthiness")
        .setSortProperty("checkworthiness");
    grid.addColumn(c -> c.assignee() == null ? "" : c.assignee()).setHeader("Assignee");
    grid.setEmptyStateText("No claims yet. They appear here when documents are ingested.");
    grid.setItems(
        query -> {
          PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
          if (page.getSort().isUnsorted()) {
            page =
                page.withSort(Sort.by(Sort.Order.desc("checkworthiness"), Sort.Order.desc("id")));
          }
          ClaimFilter filter =
              new ClaimFilter(
                  Set.of(), null, null, null, null, null, null, null, search.getValue());
          return claims.queue(filter, page).stream();
        });
  }

  private void showCounts() {
    long total = claims.countsByStatus().values().stream().mapToLong(Long::longValue).sum();
    counts.setText(total + (total == 1 ? " claim" : " claims"));
  }
}
