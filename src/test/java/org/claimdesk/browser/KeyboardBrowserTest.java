package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's core flow with the keyboard alone, in headless Chromium against the production jar:
 * sign in, add a document, triage its items in the reader, open a claim and assign it. Every key
 * goes to whatever has the real focus; each step checks which element that is and that it shows a
 * focus ring.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardBrowserTest {

  private static final String PASSWORD = "keyboard only 2026";
  private static RunningClaimDesk app;
  private static Browser browser;

  /**
   * The element that really has the focus, through shadow roots, described as "tag#id.classes
   * [text]", and whether it or the parts that draw its ring show one (an outline, or a box shadow
   * of some width) right now.
   */
  private static final String FOCUSED =
      """
      let el = document.activeElement;
      const hosts = [];
      while (el && el.shadowRoot && el.shadowRoot.activeElement) {
        hosts.push(el); el = el.shadowRoot.activeElement;
      }
      if (!el || el === document.body) return {what: 'body', ring: false, ids: []};
      const shows = (style) => {
        if (!style) return false;
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
        const shadow = style.boxShadow;
        return shadow && shadow !== 'none'
            && (shadow.match(/-?[0-9.]+px/g) || []).some(v => parseFloat(v) !== 0);
      };
      const candidates = [el, ...hosts];
      for (let up = el.parentElement, i = 0; up && i < 3; up = up.parentElement, i++) {
        candidates.push(up);
      }
      let ring = false;
      for (const c of candidates) {
        for (const pseudo of [null, '::before', '::after']) {
          if (shows(getComputedStyle(c, pseudo))) ring = true;
        }
        if (c.shadowRoot) {
          for (const part of c.shadowRoot.querySelectorAll('[part]')) {
            if (shows(getComputedStyle(part)) || shows(getComputedStyle(part, '::before'))) {
              ring = true;
            }
          }
        }
      }
      const around = [el, ...hosts.slice().reverse()];
      for (let p = (hosts.length ? hosts[0] : el).parentElement; p; p = p.parentElement) {
        around.push(p);
      }
      for (let p = el.parentElement; p; p = p.parentElement) around.push(p);
      const ids = around.map(e => e.id).filter(Boolean);
      const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
      return {what: el.localName + (el.id ? '#' + el.id : ''), ring, ids,
              text: text.substring(0, 120)};
      """;

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.screenshot("failed-keyboard-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open();
    app = RunningClaimDesk.startBuiltJar();
    // Setting up the account is the administrator's business, not this test's: done as usual.
    browser.go(app.url("/login"));
    browser.signIn("admin", app.printedAdminPassword());
    browser.await(By.id("main-nav"));
    browser.go(app.url("/admin"));
    browser.createUser("kim", "Kim Keys", PASSWORD, Set.of("Editor", "Reviewer"));
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

  @SuppressWarnings("unchecked")
  private static java.util.Map<String, Object> focused() {
    return (java.util.Map<String, Object>) browser.driver.executeScript(FOCUSED);
  }

  @SuppressWarnings("unchecked")
  private static boolean focusIn(java.util.Map<String, Object> f, String id) {
    return ((java.util.List<String>) f.get("ids")).contains(id);
  }

  /** Waits until the focus is in (or on) the element with this id, and checks its ring. */
  private static java.util.Map<String, Object> awaitFocusIn(String id) {
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
        .withMessage(() -> "the focus should be in #" + id + ", it is on " + focused())
        .until(d -> focusIn(focused(), id));
    java.util.Map<String, Object> f = focused();
    assertThat(f.get("ring")).as("a visible focus ring on %s", f).isEqualTo(true);
    return f;
  }

  /** Presses Tab until the focus is in the element with this id; every stop shows its ring. */
  private static void tabTo(String id, int atMost) {
    for (int i = 0; i < atMost; i++) {
      browser.press(Keys.TAB);
      java.util.Map<String, Object> f = focused();
      assertThat(f.get("what")).as("Tab keeps the focus on the page").isNotEqualTo("body");
      assertThat(f.get("ring")).as("a visible focus ring on %s", f).isEqualTo(true);
      if (focusIn(f, id)) {
        return;
      }
    }
    throw new AssertionError(atMost + " presses of Tab did not reach #" + id);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Presses J or K (turning round at the end of the list) until the item shown has this statement.
   */
  private static void keysTo(String statement, String firstKey) {
    String key = firstKey;
    for (int i = 0; i < 80 && !statement().contains(statement); i++) {
      String before = details();
      browser.press(key);
      try {
        awaitDetails(now -> !now.equals(before), 5);
      } catch (org.openqa.selenium.TimeoutException atTheEnd) {
        key = key.equals("j") ? "k" : "j";
      }
    }
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
        .until(d -> statement().contains(statement));
  }

  /** The statement of the item shown (its details also quote the sentence around it). */
  private static String statement() {
    // Read in the page: the details are redrawn as the selection moves.
    Object text =
        browser.driver.executeScript(
            "const h = document.querySelector('#item-details h3'); return h ? h.textContent : '';");
    return String.valueOf(text);
  }

  private static String details() {
    return browser.driver.findElement(By.id("item-details")).getText();
  }

  private static void awaitDetails(Predicate<String> shown) {
    awaitDetails(shown, 20);
  }

  private static void awaitDetails(Predicate<String> shown, int seconds) {
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(seconds))
        .until(d -> shown.test(d.findElement(By.id("item-details")).getText()));
  }

  @Test
  @Order(1)
  void signing_in_starts_in_the_user_name_and_the_skip_link_leads_to_the_page() {
    browser.go(app.url("/login"));
    browser.await(By.cssSelector("#vaadinLoginUsername input"));
    awaitFocusIn("vaadinLoginUsername");
    browser.press("kim");
    browser.press(Keys.TAB);
    awaitFocusIn("vaadinLoginPassword");
    browser.press(PASSWORD);
    browser.press(Keys.ENTER);
    browser.await(By.id("main-nav"));

    browser.go(app.url("/documents"));
    browser.await(By.id("document-title"));
    // The page for adding documents starts in its first field.
    awaitFocusIn("document-title");
    // From the top of the page the first Tab stop is the skip link, which leads past the menu.
    // (the Tab key's starting point put back at the very top, as on a page just loaded)
    browser.driver.executeScript(
        "const top = document.createElement('span'); top.tabIndex = -1;"
            + " document.body.prepend(top); top.focus();");
    browser.press(Keys.TAB);
    java.util.Map<String, Object> first = focused();
    assertThat(first.get("what")).isEqualTo("a#skip-to-content");
    assertThat(first.get("ring")).as("the skip link shows its ring").isEqualTo(true);
    assertThat(browser.driver.findElement(By.id("skip-to-content")).getRect().getY())
        .as("the skip link is on screen while it has the focus")
        .isGreaterThanOrEqualTo(0);
    browser.press(Keys.ENTER);
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                (Boolean)
                    browser.driver.executeScript(
                        "return document.activeElement.classList.contains('main-content');"));
    browser.press(Keys.TAB);
    awaitFocusIn("document-title");
  }

  @Test
  @Order(2)
  void a_document_is_typed_pasted_and_saved_and_its_reader_takes_the_keys() throws Exception {
    browser.press("Geneva talks, by keyboard");
    tabTo("document-outlet", 3);
    browser.press("CGTN");
    tabTo("document-text", 8);
    // The paste itself: the clipboard of a headless browser is out of reach.
    browser.paste(
        "document-text", Files.readString(Path.of("..", "shared", "samples", "geneva-talks.txt")));
    awaitFocusIn("document-text");
    tabTo("save-document", 3);
    browser.press(Keys.ENTER);

    // The reader opens with the focus on the first item of its list, and says its keys. (The first
    // save of a fresh desk loads the language models: on a loaded machine it can take a minute.)
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120))
        .until(
            d ->
                !d.findElements(By.xpath("//mark[contains(., 'never formally received')]"))
                    .isEmpty());
    awaitFocusIn("items-grid");
    assertThat(browser.driver.findElement(By.id("reader-keys")).getText())
        .contains("J/K", "A accept", "D dismiss", "O open");
    String first = browser.driver.findElement(By.id("item-details")).getText();

    browser.press("j");
    awaitDetails(now -> !now.equals(first));
    awaitFocusIn("items-grid");
    String second = browser.driver.findElement(By.id("item-details")).getText();
    browser.press("k");
    awaitDetails(first::equals);

    // The arrow keys move along the list as J and K do.
    browser.press(Keys.ARROW_DOWN);
    awaitDetails(second::equals);
    awaitFocusIn("items-grid");

    // D asks for a reason; Enter confirms, and the focus is back in the list on the next item.
    browser.press("d");
    awaitFocusIn("dismiss-reason");
    browser.press("an opinion, not checkable");
    browser.press(Keys.ENTER);
    browser.await(By.cssSelector("mark.status-dismissed"));
    awaitFocusIn("items-grid");

    // On to the claim about Europe with J and K alone, then A accepts it.
    keysTo("never formally received", "j");
    browser.press("a");
    browser.await(
        By.xpath(
            "//mark[contains(., 'never formally received') and contains(@class, 'status-accepted')]"));
    awaitFocusIn("items-grid");
    // The reader moves on after a triage; back to it with K (J once past the first item).
    keysTo("never formally received", "k");
    browser.press("o");
    browser.awaitText(By.id("claim-statement"), "never formally received");
  }

  @Test
  @Order(3)
  void the_claim_is_assigned_with_tab_and_enter_and_the_focus_stays_in_its_place() {
    // The claim page opens at its heading; Tab goes on from there to the assign form.
    awaitFocusIn("claim-statement");
    tabTo("assign-reviewer", 40);
    browser.press("Kim");
    sleep(1500); // the list of reviewers comes from the server
    browser.press(Keys.ARROW_DOWN);
    browser.press(Keys.ENTER);
    browser.awaitValue(By.cssSelector("#assign-reviewer input"), "Kim Keys (kim)");
    tabTo("assign", 4);
    browser.press(Keys.ENTER);
    browser.awaitText(By.id("assignment-current"), "Assigned to Kim Keys");
    // The redrawn section did not throw the focus back to the top of the page.
    java.util.Map<String, Object> after = awaitFocusIn("assignment");
    assertThat(after.get("what")).isNotEqualTo("body");
    browser.screenshot("keyboard-assigned");
  }
}
