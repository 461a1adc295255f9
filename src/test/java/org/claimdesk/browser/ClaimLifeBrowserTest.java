package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A claim's life in headless Chromium against the production jar: the Geneva sample is ingested, a
 * verdict on one of its claims is published, a rewritten copy of the sample comes in; the search
 * page finds the phrase with its snippet highlighted, the dashboard lists the claim first as seen
 * again, and its timeline shows the appearances around the published verdict. Pages are checked by
 * axe-core and photographed at 1400x900 and 1920x1080.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimLifeBrowserTest {

  private static final String PASSWORD = "claim life 2026";
  private static final String STATEMENT = "never formally received";
  private static RunningClaimDesk app;
  private static Browser browser;
  private static String claimPage;

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open();
    app = RunningClaimDesk.startBuiltJar();
    browser.go(app.url("/login"));
    browser.signIn("admin", app.printedAdminPassword());
    browser.await(By.id("main-nav"));
    browser.go(app.url("/admin"));
    for (String editor : new String[] {"rosa", "remy"}) {
      browser.createUser(
          editor,
          editor.substring(0, 1).toUpperCase() + editor.substring(1),
          PASSWORD,
          Set.of("Editor"));
    }
    browser.signOut();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** Runs axe-core on the page as shown and photographs it at both sizes. */
  private static void check(String page) {
    List<String> found = browser.accessibilityViolations();
    browser.screenshotAtBothSizes(page);
    assertThat(found).as("serious or critical accessibility violations on " + page).isEmpty();
  }

  private static String sample() throws Exception {
    return Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt"));
  }

  private static void ingest(String title, String outlet, String text) {
    browser.go(app.url("/documents"));
    browser.type("document-title", title);
    browser.type("document-outlet", outlet);
    browser.press(Keys.TAB);
    browser.paste("document-text", text);
    browser.clickJs(By.id("save-document"));
    browser.await(By.xpath("//mark[contains(., '" + STATEMENT + "')]"));
  }

  @Test
  @Order(1)
  void an_editor_ingests_the_sample_and_proposes_a_verdict_that_a_second_editor_publishes()
      throws Exception {
    browser.signIn("rosa", PASSWORD);
    browser.await(By.id("main-nav"));
    ingest("Geneva talks on the 28-point plan", "CGTN", sample());
    browser.clickJs(By.xpath("//mark[contains(., '" + STATEMENT + "')]"));
    browser.awaitText(By.id("item-details"), STATEMENT);
    browser.clickJs(By.id("accept-item"));
    browser.await(
        By.xpath(
            "//mark[contains(., '" + STATEMENT + "') and contains(@class, 'status-accepted')]"));
    // The reader moves on to the next item after an accept: open the claim from the search page.
    browser.go(app.url("/search?q=" + URLEncoder.encode(STATEMENT, StandardCharsets.UTF_8)));
    browser.clickJs(By.cssSelector("#search-claims a[href^='claims/']"));
    browser.awaitText(By.id("claim-statement"), STATEMENT);
    browser.awaitText(By.id("claim-status"), "Accepted");
    claimPage = browser.driver.getCurrentUrl();
    browser.clickJs(By.id("propose-verdict"));
    browser.pick("verdict-rating", "Unproven");
    browser.type("verdict-summary", "Only unnamed sources say so; no party has confirmed it.");
    browser.click("submit-verdict");
    browser.await(By.cssSelector("[id^='verdict-state-']"));
    browser.signOut();

    browser.signIn("remy", PASSWORD);
    browser.await(By.id("main-nav"));
    browser.go(claimPage);
    browser.clickCss("[id^='approve-verdict-']");
    browser.clickJs(By.id("confirm-verdict-action"));
    browser.clickCss("[id^='publish-verdict-']");
    browser.clickJs(By.id("confirm-verdict-action"));
    browser.awaitText(By.cssSelector("[id^='verdict-state-']"), "ublished");
    browser.awaitText(By.id("timeline"), "published the verdict Unproven");
  }

  @Test
  @Order(2)
  void a_rewritten_copy_of_the_sample_brings_the_published_claim_back() throws Exception {
    String rewritten =
        sample()
            .replace("said on Sunday", "stated on Sunday")
            .replace("very optimistic", "really optimistic")
            .replace("Vast differences remain", "Big gaps remain");
    ingest("Geneva talks, day two", "Xinhua", rewritten);

    browser.go(app.url("/"));
    WebElement seenAgain = browser.await(By.id("seen-again"));
    browser.awaitText(By.id("seen-again"), STATEMENT);
    assertThat(seenAgain.getText())
        .as("the card names the claim, its rating and where it was seen again")
        .contains("Rated Unproven")
        .contains("'Geneva talks, day two' (Xinhua)");
    WebElement firstCard = browser.driver.findElement(By.cssSelector(".dashboard-cards > *"));
    assertThat(firstCard.getDomAttribute("id")).as("listed above the rest").isEqualTo("seen-again");
    check("dashboard-seen-again");

    browser.go(app.url("/claims?resurfaced=true&sort=lastSeenAt.desc"));
    browser.await(By.id("claims-grid"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> cell.getText().contains(STATEMENT)));
    assertThat(browser.driver.findElement(By.id("filter-resurfaced")).getDomProperty("checked"))
        .as("the filter is kept in the address")
        .isEqualTo("true");
    check("queue-seen-again");
  }

  @Test
  @Order(3)
  void the_search_page_finds_the_phrase_with_its_snippet_highlighted() {
    String phrase = "\"" + STATEMENT + "\"";
    browser.go(app.url("/search?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8)));
    browser.awaitText(By.id("search-claims"), "formally");
    List<String> highlighted =
        browser.driver.findElements(By.cssSelector("#search-claims .search-match")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(String.join(" ", highlighted)).containsIgnoringCase("formally");
    assertThat(browser.driver.findElement(By.id("search-documents")).getText())
        .as("both copies of the article are found")
        .contains("Geneva talks on the 28-point plan")
        .contains("Geneva talks, day two");
    check("search-phrase");
  }

  @Test
  @Order(4)
  void the_claim_timeline_shows_the_verdict_and_the_appearance_seen_again_after_it() {
    browser.go(app.url("/"));
    browser.clickJs(By.cssSelector("#seen-again a[href^='claims/']"));
    browser.awaitText(By.id("claim-statement"), STATEMENT);
    // The kind of each line is shown in capitals (CSS): compare without case.
    browser.awaitText(By.id("timeline"), "after the verdict was published");
    WebElement timeline = browser.driver.findElement(By.id("timeline"));
    List<String> lines =
        timeline.findElements(By.cssSelector(".timeline-entry")).stream()
            .map(WebElement::getText)
            .toList();
    int published = indexOf(lines, "published the verdict Unproven");
    int again = indexOf(lines, "Geneva talks, day two");
    assertThat(indexOf(lines, "Geneva talks on the 28-point plan"))
        .as("first seen before the verdict")
        .isLessThan(published);
    assertThat(indexOf(lines, "proposed the verdict Unproven")).isLessThan(published);
    assertThat(published).as("seen again after it").isLessThan(again);
    assertThat(lines.get(again)).containsIgnoringCase("Seen again").contains("Xinhua");
    assertThat(lines.get(published)).contains("Remy");
    check("claim-timeline");
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no timeline line with '" + text + "' in " + lines);
  }
}
