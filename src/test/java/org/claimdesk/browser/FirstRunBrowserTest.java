package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new user's first run, in headless Chromium against the production jar: the admin signs in with
 * the password from the console, creates an editor, and the editor saves a document.
 */
class FirstRunBrowserTest {

  private static RunningClaimDesk app;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open();
    app = RunningClaimDesk.startBuiltJar();
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
  void the_admin_creates_an_editor_who_saves_a_document_and_sees_it_listed() throws Exception {
    browser.go(app.url("/login"));
    browser.await(By.cssSelector("#vaadinLoginUsername input"));
    browser.screenshot("login");
    browser.signIn("admin", app.printedAdminPassword());
    browser.await(By.id("main-nav"));
    browser.screenshot("dashboard");

    browser.go(app.url("/admin"));
    browser.type("new-username", "erin");
    browser.type("new-display-name", "Erin Editor");
    browser.type("new-password", "verification desk 2025");
    browser.await(By.id("new-roles")).findElements(By.tagName("vaadin-checkbox")).stream()
        .filter(box -> box.getText().strip().equals("Editor"))
        .findFirst()
        .orElseThrow()
        .click();
    browser.click("create-user");
    browser.awaitGridCell("users-grid", "erin");
    browser.screenshot("admin");

    browser.click("sign-out");
    browser.signIn("erin", "verification desk 2025");
    browser.await(By.id("main-nav"));
    browser.go(app.url("/documents"));
    browser.type("document-title", "Geneva talks <b>made progress</b>");
    browser.type("document-outlet", "CGTN");
    browser.type("document-url", "https://news.cgtn.com/geneva");
    browser.type(
        "document-text",
        "U.S. and Ukrainian representatives said on Sunday that their talks in Geneva had made"
            + " progress.");
    browser.click("save-document");
    // Saving opens the document's reader; the list shows it too.
    browser.awaitText(By.cssSelector(".reader-view h2"), "Geneva talks <b>made progress</b>");
    browser.go(app.url("/documents"));
    browser.awaitGridCell("documents-grid", "Geneva talks <b>made progress</b>");
    browser.screenshot("documents");

    assertThat(browser.driver.findElements(By.cssSelector("#documents-grid b")))
        .as("markup typed into a title is shown as text, never run")
        .isEmpty();

    Path page = Files.createTempFile("council-vote", ".html");
    Files.writeString(
        page,
        "<html><head><script>document.title='hacked'</script></head><body><nav>Home | News</nav>"
            + "<p>The council said on Monday that rents rose 8% in 2024.</p></body></html>");
    browser
        .await(By.id("document-upload"))
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(page.toAbsolutePath().toString());
    String uploadedTitle = page.getFileName().toString().replace(".html", "");
    browser.awaitValue(By.cssSelector("#document-title input"), uploadedTitle);
    browser.clickJs(By.id("save-document"));
    // Saving opens the document's reader; the list then shows the document.
    browser.await(By.xpath("//mark[contains(., 'rents rose')]"));
    browser.go(app.url("/documents"));
    browser.awaitGridCell("documents-grid", uploadedTitle);
    assertThat(browser.driver.getTitle()).doesNotContain("hacked");
  }
}
