package org.claimdesk.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchResults;
import org.claimdesk.search.SearchResults.ClaimHit;
import org.claimdesk.search.SearchResults.DocumentHit;
import org.claimdesk.search.SearchResults.Facet;
import org.claimdesk.search.SearchService;
import org.claimdesk.search.Snippet;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.verdicts.RatingScale;
import org.jspecify.annotations.Nullable;

/**
 * The global search: claims and documents that match the words of {@code ?q=}, matches highlighted,
 * narrowed by clicking a status, speaker or outlet. Every found text is shown as text.
 */
@Route("search")
@PageTitle("Search · ClaimDesk")
@StyleSheet("styles/search.css")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

  final TextField query = new TextField();
  final Div facets = new Div();
  final Div claims = new Div();
  final Div documents = new Div();
  final Paragraph summary = new Paragraph();

  private final SearchService search;
  private String text = "";
  private @Nullable ClaimStatus status;
  private @Nullable String speaker;
  private @Nullable String outlet;

  private final RatingScale ratings;

  public SearchView(SearchService search, RatingScale ratings) {
    this.search = search;
    this.ratings = ratings;
    addClassName("search-view");
    query.setId("search-query");
    query.setPlaceholder("Words, \"a phrase\", prefix*, -without");
    query.setClearButtonVisible(true);
    query.setWidth("32em");
    query.setAriaLabel("Search claims and documents");
    query.addKeyPressListener(Key.ENTER, e -> searchFor(query.getValue()));
    Button go = new Button("Search", e -> searchFor(query.getValue()));
    go.setId("search-button");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    facets.addClassName("search-facets");
    facets.setId("search-facets");
    claims.setId("search-claims");
    documents.setId("search-documents");
    summary.setId("search-summary");
    VerticalLayout results = new VerticalLayout(summary, claims, documents);
    results.setPadding(false);
    FlexLayout body = new FlexLayout(facets, results);
    body.addClassName("search-body");
    body.setWidthFull();
    add(new H2("Search"), new HorizontalLayout(query, go), body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
    text = first(params, "q").orElse("");
    status = first(params, "status").flatMap(SearchView::parseStatus).orElse(null);
    speaker = first(params, "speaker").orElse(null);
    outlet = first(params, "outlet").orElse(null);
    query.setValue(text);
    show();
  }

  private void searchFor(String words) {
    text = words.strip();
    status = null;
    speaker = null;
    outlet = null;
    navigate();
  }

  private void navigate() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", text);
    if (status != null) {
      p.put("status", status.name());
    }
    if (speaker != null) {
      p.put("speaker", speaker);
    }
    if (outlet != null) {
      p.put("outlet", outlet);
    }
    UI.getCurrent().navigate("search", QueryParameters.simple(p));
  }

  private void show() {
    facets.removeAll();
    claims.removeAll();
    documents.removeAll();
    if (text.isBlank()) {
      summary.setText("Type words to search every claim and document.");
      return;
    }
    SearchResults found;
    try {
      found =
          search.search(new SearchQuery(text, status, speaker, outlet, SearchQuery.DEFAULT_LIMIT));
    } catch (UserFacingException e) {
      summary.setText(e.getMessage());
      return;
    }
    summary.setText(
        count(found.claimCount(), "claim")
            + " and "
            + count(found.documentCount(), "document")
            + " match.");
    showFacets(found);
    if (!found.claims().isEmpty()) {
      claims.add(new H3("Claims"));
      found.claims().forEach(hit -> claims.add(claimRow(hit)));
    }
    if (!found.documents().isEmpty()) {
      documents.add(new H3("Documents"));
      found.documents().forEach(hit -> documents.add(documentRow(hit)));
    }
  }

  private void showFacets(SearchResults found) {
    facets.add(
        facet(
            "Status",
            found.statuses(),
            ClaimStatus::label,
            status,
            v -> {
              status = v;
              navigate();
            }));
    facets.add(
        facet(
            "Speaker",
            found.speakers(),
            Function.identity(),
            speaker,
            v -> {
              speaker = v;
              navigate();
            }));
    facets.add(
        facet(
            "Outlet",
            found.outlets(),
            Function.identity(),
            outlet,
            v -> {
              outlet = v;
              navigate();
            }));
  }

  private static <T> Component facet(
      String name,
      List<Facet<T>> values,
      Function<T, String> label,
      @Nullable T chosen,
      java.util.function.Consumer<@Nullable T> choose) {
    Div group = new Div();
    group.addClassName("search-facet");
    group.setId("facet-" + name.toLowerCase());
    group.add(new H4(name));
    if (chosen != null) {
      Button clear = new Button("✕ " + label.apply(chosen), e -> choose.accept(null));
      clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
      clear.getElement().setAttribute("aria-label", "Remove the filter " + label.apply(chosen));
      group.add(clear);
      return group;
    }
    if (values.isEmpty()) {
      group.add(new Span("—"));
    }
    for (Facet<T> value : values) {
      Button pick =
          new Button(
              label.apply(value.value()) + " (" + value.count() + ")",
              e -> choose.accept(value.value()));
      pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      group.add(pick);
    }
    return group;
  }

  private Component claimRow(ClaimHit hit) {
    Div row = new Div();
    row.addClassName("search-hit");
    Anchor link = new Anchor("claims/" + hit.id(), "#" + hit.id());
    Div statement = snippet(hit.statement());
    statement.addClassName("search-statement");
    List<String> about = new java.util.ArrayList<>();
    if (hit.speaker() != null) {
      about.add(hit.speaker());
    }
    about.add(hit.status().label());
    if (hit.rating() != null) {
      about.add(ratingLabel(hit.rating()));
    }
    if (hit.outlet() != null) {
      about.add(hit.outlet());
    }
    Span meta = new Span(String.join(" · ", about));
    meta.addClassName("search-meta");
    row.add(link, statement, meta);
    return row;
  }

  private static Component documentRow(DocumentHit hit) {
    Div row = new Div();
    row.addClassName("search-hit");
    Anchor title = new Anchor("documents/" + hit.id(), "");
    title.add(snippet(hit.title()));
    title.addClassName("search-title");
    List<String> about = new java.util.ArrayList<>();
    if (hit.outlet() != null) {
      about.add(hit.outlet());
    }
    if (hit.publishedDate() != null) {
      about.add(DeskFormat.date(hit.publishedDate()));
    }
    Span meta = new Span(String.join(" · ", about));
    meta.addClassName("search-meta");
    row.add(title, meta);
    hit.passages()
        .forEach(
            p -> {
              Div passage = snippet(p);
              passage.addClassName("search-passage");
              row.add(passage);
            });
    return row;
  }

  /** The snippet as text nodes and spans: the found text is never read as HTML. */
  static Div snippet(Snippet snippet) {
    Div div = new Div();
    for (Snippet.Part part : snippet.parts()) {
      if (part.match()) {
        Span match = new Span(part.text());
        match.addClassName("search-match");
        div.add(match);
      } else {
        div.add(new com.vaadin.flow.component.Text(part.text()));
      }
    }
    return div;
  }

  private String ratingLabel(String rating) {
    return ratings.current().label(rating);
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static Optional<String> first(Map<String, List<String>> params, String name) {
    return Optional.ofNullable(params.get(name))
        .flatMap(values -> values.stream().findFirst())
        .filter(v -> !v.isBlank());
  }

  private static Optional<ClaimStatus> parseStatus(String value) {
    return Arrays.stream(ClaimStatus.values()).filter(s -> s.name().equals(value)).findFirst();
  }
}
