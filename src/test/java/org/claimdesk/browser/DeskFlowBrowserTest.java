package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * A verification desk's day in headless Chromium against the production jar: ingest the Geneva
 * sample, triage it, source and rate a claim with a second editor's approval, correct the verdict,
 * schedule a follow-up from a hint, and two editors saving the same claim.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskFlowBrowserTest {

  private static final String PASSWORD = "geneva talks 2025";
  private static final String GENEVA_ROW =
      "//vaadin-grid-cell-content[normalize-space()='Geneva talks on the 28-point plan']";
  private static final String GENEVA_URL = "https://news.example/geneva-talks";
  private static RunningClaimDesk app;
  private static Browser browser;
  private static String claimPage;
  private static String openClaimPage;

  /**
   * A screenshot of the page as it was when a step failed, to see what the user would have seen.
   */
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
    for (String editor : new String[] {"erin", "eddie"}) {
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

  @Test
  @Order(1)
  void an_editor_ingests_the_sample_and_accepts_the_claim_about_europe() throws Exception {
    browser.signIn("erin", PASSWORD);
    browser.await(By.id("main-nav"));
    browser.go(app.url("/documents"));
    browser.type("document-title", "Geneva talks on the 28-point plan");
    browser.type("document-outlet", "CGTN");
    browser.type("document-url", GENEVA_URL);
    // The address is checked, and sent, when the field is left.
    browser.press(Keys.TAB);
    browser.paste(
        "document-text", Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt")));
    browser.clickJs(By.id("save-document"));
    // Saving opens the document's reader at once.

    WebElement europe = browser.await(By.xpath("//mark[contains(., 'never formally received')]"));
    assertThat(browser.driver.findElement(By.id("document-text-view")).getText())
        .as("the cookie notice is shown as received, but not as a claim")
        .contains("By continuing to browse");
    assertThat(browser.driver.findElements(By.xpath("//mark[contains(., 'cookies')]"))).isEmpty();
    europe.click();
    browser.awaitText(By.id("item-details"), "anonymous sources");
    browser.screenshot("document-reader");
    browser.press("a");
    browser.await(
        By.xpath(
            "//mark[contains(., 'never formally received') and contains(@class, 'status-accepted')]"));
  }

  @Test
  @Order(2)
  void the_editor_adds_xinhua_as_a_source_and_proposes_a_verdict() {
    browser.clickJs(By.xpath("//mark[contains(., 'never formally received')]"));
    browser.awaitText(By.id("item-details"), "never formally received");
    browser.clickJs(By.id("open-claim"));
    browser.awaitText(By.id("claim-statement"), "never formally received");
    claimPage = browser.driver.getCurrentUrl();

    browser.clickJs(By.id("add-evidence"));
    browser.click("wire-credit-0");
    browser.type("source-title", "Europe never received the plan, officials say");
    browser.type(
        "evidence-excerpt", "the European side had never formally received the 28-point plan");
    browser.click("attach-evidence");
    browser.awaitText(By.id("evidence"), "Xinhua");

    browser.clickJs(By.id("propose-verdict"));
    browser.pick("verdict-rating", "Unproven");
    browser.type("verdict-summary", "Only unnamed sources say so; no party has confirmed it.");
    browser.click("submit-verdict");
    browser.await(By.cssSelector("[id^='verdict-state-']"));
    assertThat(browser.driver.findElements(By.cssSelector("[id^='approve-verdict-']")))
        .as("the author is not offered the approval of their own verdict")
        .isNotEmpty()
        .allSatisfy(button -> assertThat(button.getDomAttribute("disabled")).isNotNull());
    browser.screenshot("claim-page");
    browser.signOut();
  }

  @Test
  @Order(3)
  void a_second_editor_approves_publishes_and_corrects_it() {
    browser.signIn("eddie", PASSWORD);
    browser.await(By.id("main-nav"));
    browser.go(app.url("/"));
    browser.awaitText(By.id("awaiting-approval"), "Unproven");
    assertThat(browser.driver.findElement(By.id("awaiting-approval")).getText())
        .as("the card names the claim and the author by display name")
        .contains("never formally received", "by Erin");
    browser.screenshot("dashboard");
    browser.go(claimPage);
    browser.clickCss("[id^='approve-verdict-']");
    browser.clickJs(By.id("confirm-verdict-action"));
    browser.clickCss("[id^='publish-verdict-']");
    browser.clickJs(By.id("confirm-verdict-action"));
    browser.awaitText(By.cssSelector("[id^='verdict-state-']"), "ublished");

    browser.clickCss("[id^='correct-verdict-']");
    browser.pick("verdict-rating", "Misleading");
    browser.type("correction-note", "A European official later said the plan arrived informally.");
    browser.click("submit-correction");
    browser.awaitText(
        By.id("verdicts"), "A European official later said the plan arrived informally.");
    // A correction is a proposal: the published verdict stands until another editor agrees.
    assertThat(browser.driver.findElement(By.id("verdicts")).getText())
        .doesNotContainIgnoringCase("superseded")
        .contains("Unproven")
        .contains("Misleading");
    browser.signOut();

    browser.signIn("erin", PASSWORD);
    browser.await(By.id("main-nav"));
    browser.go(claimPage);
    browser.clickCss("[id^='approve-verdict-']");
    browser.clickJs(By.id("confirm-verdict-action"));
    browser.clickCss("[id^='publish-verdict-']");
    browser.clickJs(By.id("confirm-verdict-action"));
    browser.awaitText(By.id("verdicts"), "uperseded");
    assertThat(browser.driver.findElement(By.id("verdicts")).getText())
        .contains("Unproven")
        .contains("Misleading");
    browser.awaitText(By.id("history"), "approved the verdict");
    browser.signOut();
    browser.signIn("eddie", PASSWORD);
    browser.await(By.id("main-nav"));
  }

  @Test
  @Order(4)
  void a_follow_up_is_scheduled_from_the_hint_and_listed_by_due_date() {
    browser.go(app.url("/documents"));
    browser.clickJs(By.xpath(GENEVA_ROW));
    WebElement russia = browser.await(By.xpath("//mark[contains(., 'has not yet responded')]"));
    russia.click();
    browser.awaitText(By.id("item-details"), "Follow-up hint");
    browser.press("a");
    browser.await(
        By.xpath(
            "//mark[contains(., 'has not yet responded') and contains(@class, 'status-accepted')]"));
    browser.clickJs(By.xpath("//mark[contains(., 'has not yet responded')]"));
    browser.awaitText(By.id("item-details"), "has not yet responded");
    browser.clickJs(By.id("open-claim"));
    browser.awaitText(By.id("claim-statement"), "has not yet responded");
    String[] address = browser.driver.getCurrentUrl().split("/");
    String russiaClaimId = address[address.length - 1];
    // The Europe claim's statement is frozen under its verdict; the next test edits this one.
    openClaimPage = browser.driver.getCurrentUrl();
    browser.clickJs(By.id("add-follow-up"));
    String due = browser.await(By.cssSelector("#follow-up-due input")).getAttribute("value");
    assertThat(due).as("the due date comes from the hint").isNotBlank();
    browser.click("save-follow-up");
    browser.await(By.cssSelector("[id^='follow-up-']"));

    browser.go(app.url("/follow-ups"));
    browser.await(By.id("follow-ups-grid"));
    browser.awaitGridCell("follow-ups-grid", "Claim #" + russiaClaimId);
    browser.screenshot("follow-ups");
    browser.go(app.url("/claims"));
    browser.await(By.id("claims-grid"));
    browser.screenshot("queue");
  }

  @Test
  @Order(5)
  void when_two_editors_save_the_same_claim_the_second_keeps_their_text() throws Exception {
    try (Browser other = Browser.open()) {
      other.go(app.url("/login"));
      other.signIn("erin", PASSWORD);
      other.await(By.id("main-nav"));
      other.go(openClaimPage);
      browser.go(openClaimPage);

      other.click("edit-claim");
      browser.click("edit-claim");
      other.type("edit-statement", "Russia says it has not yet responded (Erin)");
      other.click("save-claim");
      other.awaitText(By.id("claim-statement"), "(Erin)");

      browser.type("edit-statement", "Russia had not responded yet (Eddie)");
      browser.click("save-claim");
      browser.awaitText(By.id("conflict-message"), "Somebody else has changed this claim");
      assertThat(browser.await(By.cssSelector("#kept-text textarea")).getAttribute("value"))
          .contains("(Eddie)");
      browser.screenshot("conflict");
    }
  }

  @Test
  @Order(6)
  void the_pages_use_labels_links_and_one_wording_at_both_sizes() {
    browser.go(claimPage);
    browser.awaitText(By.id("history"), "proposed a correction of the verdict");
    String history = browser.driver.findElement(By.id("history")).getText();
    assertThat(history)
        .contains("Unproven", "Misleading")
        .doesNotContain("UNPROVEN", "MISLEADING", "UTC", "corrected the verdict");
    assertThat(browser.driver.findElement(By.id("claim-speaker")).getText())
        .contains("anonymous sources");
    WebElement onClaim = browser.await(By.cssSelector("a[id^='appearance-url-']"));
    assertLinkOpensApart(onClaim);
    assertThat(browser.driver.findElements(By.id("assign-reviewer")))
        .as("a published claim offers no assign controls that would be refused")
        .isEmpty();
    browser.await(By.id("assignment-unavailable"));
    browser.screenshotAtBothSizes("claim-page");

    browser.go(app.url("/documents"));
    WebElement inList = browser.await(By.cssSelector("#documents-grid a.web-link[href]"));
    assertLinkOpensApart(inList);
    browser.screenshotAtBothSizes("documents");
    browser.clickJs(By.xpath(GENEVA_ROW));
    assertLinkOpensApart(browser.await(By.id("document-web-address")));
    browser.screenshotAtBothSizes("document-reader");

    String icon =
        browser.driver.findElement(By.cssSelector("link[rel='icon']")).getDomAttribute("href");
    Object status =
        browser.driver.executeAsyncScript(
            "fetch(arguments[0]).then(r => arguments[1](r.status), () => arguments[1](0))", icon);
    assertThat(status).as("the favicon " + icon + " is served").isEqualTo(200L);
  }

  @Test
  @Order(7)
  void one_error_notice_at_a_time_away_from_the_text_being_edited() {
    browser.go(openClaimPage);
    browser.clickJs(By.id("assign"));
    browser.awaitText(By.tagName("vaadin-notification-card"), "Pick a reviewer");
    browser.clickJs(By.id("assign"));
    browser.clickJs(By.id("assign"));
    // A replaced notice fades out at once (it would otherwise stay 12 seconds).
    new WebDriverWait(browser.driver, Duration.ofSeconds(3))
        .until(d -> d.findElements(By.tagName("vaadin-notification-card")).size() == 1);
    WebElement card = browser.driver.findElement(By.tagName("vaadin-notification-card"));
    long width = (Long) browser.driver.executeScript("return window.innerWidth");
    assertThat(card.getRect().getX())
        .as("in the bottom-right corner, not over the page's middle")
        .isGreaterThan((int) (width / 2));
    browser.screenshotAtBothSizes("error-notice");
  }

  @Test
  @Order(8)
  void a_page_ones_roles_do_not_allow_shows_the_menu_and_a_way_back() {
    browser.go(app.url("/admin"));
    browser.awaitText(By.id("access-denied"), "You do not have access to this page");
    browser.await(By.id("main-nav"));
    assertThat(browser.driver.getPageSource()).doesNotContain("Could not navigate");
    browser.screenshotAtBothSizes("access-denied");
    browser.clickJs(By.id("access-denied-back"));
    browser.await(By.id("awaiting-approval"));
  }

  private static void assertLinkOpensApart(WebElement link) {
    assertThat(link.getDomAttribute("href")).isEqualTo(GENEVA_URL);
    assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
    assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
  }
}
