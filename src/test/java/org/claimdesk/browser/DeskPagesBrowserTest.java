package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every main page as an editor sees it, in headless Chromium against the production jar: a paste
 * over the limit refused whole, each page checked by axe-core (no serious or critical violations)
 * and photographed at 1400x900 and 1920x1080 under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskPagesBrowserTest {

  private static final String PASSWORD = "desk pages 2026";
  private static final List<String> VIOLATIONS = new ArrayList<>();
  private static RunningClaimDesk app;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open();
    app = RunningClaimDesk.startBuiltJar();
  }

  @AfterAll
  static void stop() throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "axe-report.txt"),
        VIOLATIONS.isEmpty()
            ? "No serious or critical violations.\n"
            : String.join("\n", VIOLATIONS) + "\n");
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /**
   * Runs axe-core on the page as shown, notes its serious and critical violations, photographs it.
   */
  private static void check(String page) {
    for (String violation : browser.accessibilityViolations()) {
      VIOLATIONS.add(page + ": " + violation);
    }
    browser.screenshotAtBothSizes(page);
  }

  /** The headers of a grid whose text is cut ("Langua…"), and how far the grid scrolls sideways. */
  private static final String CUT_HEADERS =
      """
      const grid = document.getElementById(arguments[0]);
      const table = grid.shadowRoot.querySelector('#table');
      const cut = [...grid.querySelectorAll('vaadin-grid-cell-content')]
          .filter(c => c.assignedSlot && c.assignedSlot.closest('thead'))
          .filter(c => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
          .map(c => c.textContent.trim());
      return {cut: cut, sideways: table.scrollWidth - table.clientWidth};
      """;

  /** At 1400x900 and 1920x1080 every header of the grid shows in full, with no sideways scroll. */
  @SuppressWarnings("unchecked")
  private static void assertEveryHeaderShowsInFull(String gridId) {
    Dimension before = browser.driver.manage().window().getSize();
    try {
      for (Dimension size : new Dimension[] {new Dimension(1400, 900), new Dimension(1920, 1080)}) {
        browser.driver.manage().window().setSize(size);
        browser.driver.executeAsyncScript(
            "requestAnimationFrame(() => setTimeout(arguments[0], 300))");
        Map<String, Object> seen =
            (Map<String, Object>) browser.driver.executeScript(CUT_HEADERS, gridId);
        assertThat((List<String>) seen.get("cut"))
            .as("headers of #%s cut at %s", gridId, size)
            .isEmpty();
        assertThat(((Number) seen.get("sideways")).intValue())
            .as("sideways scroll of #%s at %s", gridId, size)
            .isLessThanOrEqualTo(0);
      }
    } finally {
      browser.driver.manage().window().setSize(before);
    }
  }

  @Test
  @Order(1)
  void sign_in_and_admin_pages() {
    browser.go(app.url("/login"));
    browser.await(By.cssSelector("#vaadinLoginUsername input"));
    check("login");
    browser.signIn("admin", app.printedAdminPassword());
    browser.await(By.id("main-nav"));
    browser.go(app.url("/admin"));
    browser.createUser("erin", "Erin Editor", PASSWORD, Set.of("Editor", "Reviewer"));
    check("admin");
    assertEveryHeaderShowsInFull("users-grid");
    browser.signOut();
    browser.signIn("erin", PASSWORD);
    browser.await(By.id("main-nav"));
    assertThat(browser.driver.findElement(By.cssSelector(".signed-in-user")).getText())
        .as("the top bar names the person, not the account")
        .isEqualTo("Erin Editor");
  }

  @Test
  @Order(2)
  void a_paste_over_the_limit_is_refused_whole_with_the_limit_stated() {
    browser.go(app.url("/documents"));
    browser.type("document-title", "Far too long");
    String pasted = "The minister said exports rose by 4% in 2024. ".repeat(26_100); // 1,200,600
    browser.paste("document-text", pasted);
    browser.awaitText(By.id("document-text"), "at most 1,000,000 characters are accepted");
    assertThat(
            ((String)
                    browser.driver.executeScript(
                        "return document.querySelector('#document-text textarea').value;"))
                .length())
        .as("nothing cut in the field")
        .isEqualTo(pasted.length());
    browser.clickJs(By.id("save-document"));
    browser.awaitText(By.tagName("vaadin-notification-card"), "1,200,600 characters long");
    browser.screenshot("documents-paste-over-limit");
    assertThat(
            browser.driver.findElements(By.xpath("//vaadin-grid-cell-content[.='Far too long']")))
        .as("nothing saved")
        .isEmpty();
  }

  @Test
  @Order(3)
  void the_desk_pages_pass_the_accessibility_check_and_are_photographed() throws IOException {
    browser.go(app.url("/documents"));
    browser.type("document-title", "Geneva talks on the 28-point plan");
    browser.type("document-outlet", "CGTN");
    browser.type("document-url", "https://news.example/geneva-talks");
    browser.press(Keys.TAB);
    browser.paste(
        "document-text", Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt")));
    check("documents");
    browser.clickJs(By.id("save-document"));
    // The first save of a fresh desk loads the language models: on a loaded machine, a minute.
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120))
        .until(
            d ->
                !d.findElements(By.xpath("//mark[contains(., 'never formally received')]"))
                    .isEmpty());
    check("reader");

    browser.clickJs(By.xpath("//mark[contains(., 'never formally received')]"));
    browser.awaitText(By.id("item-details"), "never formally received");
    browser.press("a");
    browser.clickJs(By.xpath("//mark[contains(., 'never formally received')]"));
    browser.clickJs(By.id("open-claim"));
    browser.awaitText(By.id("claim-statement"), "never formally received");
    check("claim");

    browser.go(app.url("/claims"));
    browser.await(By.id("claims-grid"));
    browser.await(By.id("status-chip-new"));
    check("queue");

    browser.go(app.url("/"));
    browser.await(By.id("recent-documents"));
    check("dashboard");

    browser.go(app.url("/my-work"));
    browser.await(By.id("main-nav"));
    check("my-work");

    assertThat(VIOLATIONS).as("serious or critical accessibility violations").isEmpty();
  }
}
