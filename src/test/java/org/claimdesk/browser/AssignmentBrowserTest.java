package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Assigning in headless Chromium against the production jar: an editor accepts two claims, selects
 * them in the queue and assigns them automatically; the reviewer signs in, the bell counts the two
 * assignments and My work lists them with their due dates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentBrowserTest {

  private static final String PASSWORD = "assign them all 2025";
  private static RunningClaimDesk app;
  private static Browser browser;

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
    createUser("edith", "Editor");
    createUser("rhea", "Reviewer");
    // Rhea reviews English claims: her languages are set in her work dialog.
    browser.clickJs(By.id("work-rhea"));
    By languagesInput =
        By.xpath("//vaadin-text-field[label[normalize-space()='Languages']]//input");
    WebElement languages = browser.await(languagesInput);
    languages.clear();
    languages.sendKeys("en");
    // The field sends its value when it is left.
    browser.press(Keys.TAB);
    browser.screenshot("admin-work-dialog");
    WebElement save =
        browser.driver.findElements(By.xpath("//vaadin-button[normalize-space()='Save']")).stream()
            .filter(WebElement::isDisplayed)
            .reduce((first, second) -> second)
            .orElseThrow();
    browser.driver.executeScript("arguments[0].click();", save);
    waiter().until(d -> d.findElements(languagesInput).stream().noneMatch(WebElement::isDisplayed));
    browser.signOut();
  }

  private static void createUser(String username, String role) {
    browser.createUser(
        username,
        username.substring(0, 1).toUpperCase() + username.substring(1),
        PASSWORD,
        Set.of(role));
  }

  private static WebDriverWait waiter() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
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

  @Test
  @Order(1)
  void an_editor_accepts_two_claims_and_assigns_them_automatically_from_the_queue()
      throws Exception {
    browser.signIn("edith", PASSWORD);
    browser.await(By.id("main-nav"));
    browser.go(app.url("/documents"));
    browser.type("document-title", "Geneva talks, assigned");
    browser.type("document-outlet", "CGTN");
    browser.paste(
        "document-text", Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt")));
    browser.clickJs(By.id("save-document"));
    // Saving opens the document's reader at once.
    browser.await(By.xpath("//mark[contains(., 'never formally received')]")).click();
    browser.press("a");
    browser.await(By.xpath("//mark[contains(@class, 'status-accepted')]"));
    browser.press("j");
    browser.press("a");
    waiter()
        .until(
            d ->
                d.findElements(By.xpath("//mark[contains(@class, 'status-accepted')]")).size()
                    >= 2);

    browser.go(app.url("/claims?status=ACCEPTED"));
    browser.await(By.id("bulk-auto-all")); // the selection's own buttons show once ticked
    waiter().until(d -> rowCheckboxes().size() == 2);
    for (WebElement box : rowCheckboxes()) {
      box.click();
    }
    browser.screenshot("queue-selected");
    browser.clickJs(By.id("bulk-auto"));
    browser.awaitText(By.id("bulk-result"), "Assigned 2 of 2 claims.");
    browser.screenshot("queue-assigned");
    browser.signOut();
  }

  /** The row checkboxes of the queue's selection column (not the hidden "select all"). */
  private static List<WebElement> rowCheckboxes() {
    return browser
        .driver
        .findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content vaadin-checkbox"))
        .stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  @Test
  @Order(2)
  void the_reviewer_sees_them_in_my_work_and_the_bell_counts_them() {
    browser.signIn("rhea", PASSWORD);
    browser.await(By.id("main-nav"));
    browser.awaitText(By.id("notifications-bell"), "2");
    assertThat(
            browser.driver.findElement(By.id("notifications-bell")).getDomAttribute("aria-label"))
        .isEqualTo("2 unread notifications");
    browser.go(app.url("/my-work"));
    browser.awaitText(By.id("notifications-bell"), "2");
    waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#my-work-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().contains("Assigned"))
                        .count()
                    == 2);
    browser.screenshot("my-work-with-bell");

    browser.click("notifications-bell");
    WebElement dialog = browser.await(By.id("notifications-dialog"));
    browser.awaitText(By.id("notifications-dialog"), "was assigned to you");
    assertThat(
            browser
                .driver
                .findElements(By.xpath("//*[contains(@class, 'notification-unread')]"))
                .size())
        .isEqualTo(2);
    browser.screenshot("notifications-open");
    assertThat(dialog.getText()).contains("was assigned to you, due");
  }
}
