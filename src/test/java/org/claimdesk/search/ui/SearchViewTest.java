package org.claimdesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The search page finds the sample article and its claims by their words, highlights the matches as
 * text, and narrows by the facet that is clicked.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class SearchViewTest extends SpringBrowserlessTest {

  @Autowired ClaimService claims;
  @Autowired DocumentService documents;
  @Autowired ApplicationContext context;
  private String marker;
  private String outlet;

  @BeforeEach
  void theSampleIngested() throws IOException {
    SignedIn.begin(new DeskScenario(context).people.editor(), Role.EDITOR);
    marker = "gnv" + System.nanoTime();
    outlet = "Wire " + marker;
    String sample = Files.readString(Path.of("../shared/samples/geneva-talks.txt"));
    // A reference in the body keeps the copy apart from other tests' copies of the sample (a
    // closing line of its own would count as boilerplate, which duplicate detection ignores).
    String copy = sample.replace("28-point plan", "28-point plan (desk reference " + marker + ")");
    documents.ingest(new DocumentDraft("Geneva talks " + marker, outlet, null, null, copy));
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private SearchView open(Map<String, String> params) {
    UI.getCurrent().navigate("search", QueryParameters.simple(params));
    return (SearchView) UI.getCurrent().getCurrentView();
  }

  private static Stream<Component> descendants(Component c) {
    return Stream.concat(Stream.of(c), c.getChildren().flatMap(SearchViewTest::descendants));
  }

  private static List<String> matches(Component c) {
    return descendants(c)
        .filter(x -> x instanceof Span && x.hasClassName("search-match"))
        .map(x -> ((Span) x).getText())
        .toList();
  }

  private static Button facetButton(SearchView view, String facet, String startsWith) {
    return descendants(view.facets)
        .filter(x -> x.getId().map(id -> id.equals("facet-" + facet)).orElse(false))
        .flatMap(SearchViewTest::descendants)
        .filter(x -> x instanceof Button b && b.getText().startsWith(startsWith))
        .map(Button.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + facet + " facet " + startsWith));
  }

  @Test
  void the_sample_is_found_by_a_stemmed_word_with_the_matches_highlighted() {
    SearchView view = open(Map.of("q", marker + " progressing"));

    String shown = view.documents.getElement().getTextRecursively();
    assertThat(shown).contains("Geneva talks " + marker).contains(outlet);
    assertThat(matches(view.documents)).contains("progress");
    assertThat(view.summary.getText()).contains("1 document");
  }

  @Test
  void a_quoted_phrase_matches_only_the_words_in_that_order() {
    assertThat(open(Map.of("q", "\"made progress\" " + marker)).documents.getChildren().count())
        .isEqualTo(2); // the heading and the one document
    assertThat(open(Map.of("q", "\"progress made\" " + marker)).summary.getText())
        .isEqualTo("0 claims and 0 documents match.");
  }

  @Test
  void clicking_an_outlet_narrows_the_results_and_the_address_keeps_it() {
    SearchView view = open(Map.of("q", "Rubio"));
    test(facetButton(view, "outlet", outlet)).click();

    String address =
        UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    assertThat(address).contains("outlet=Wire");
    SearchView narrowed = (SearchView) UI.getCurrent().getCurrentView();
    assertThat(narrowed.documents.getElement().getTextRecursively())
        .contains("Geneva talks " + marker);
    assertThat(narrowed.summary.getText()).contains("1 document");
    // The claims found in the sample carry its outlet.
    assertThat(narrowed.claims.getElement().getTextRecursively()).contains("Rubio");
  }

  @Test
  void a_claim_is_found_by_its_speaker_and_narrowed_by_status_and_its_markup_stays_text() {
    claims.create("The <b>mayor</b> of " + marker + " doubled the budget", "Mayor Alvarez", null);

    SearchView view = open(Map.of("q", marker + " alvarez"));
    assertThat(view.claims.getElement().getTextRecursively())
        .contains("The <b>mayor</b> of " + marker + " doubled the budget")
        .contains("Mayor Alvarez");
    assertThat(view.claims.getElement().getOuterHTML()).doesNotContain("<b>");

    test(facetButton(view, "status", "New (1)")).click();
    SearchView narrowed = (SearchView) UI.getCurrent().getCurrentView();
    assertThat(narrowed.claims.getElement().getTextRecursively()).contains("doubled the budget");
    assertThat(narrowed.documents.getChildren()).isEmpty();
  }

  @Test
  void an_empty_query_asks_for_words() {
    assertThat(open(Map.of()).summary.getText()).contains("Type words");
  }
}
