package org.claimdesk.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its own chromedriver: nothing is downloaded. */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Opens Chromium, or skips the test visibly outside CI when it is not installed. */
  static Browser open() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String message =
          "Chromium is not installed (apt-get install -y chromium chromium-driver):"
              + " SKIPPING the browser tests.";
      if (System.getenv("CI") != null) {
        throw new AssertionError(message + " In CI they must run: .ci/run installs Chromium.");
      }
      System.err.println("*** " + message);
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("claimdesk-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options));
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement await(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Types into a Vaadin field: its native input or textarea lives in the field's light DOM. */
  void type(String fieldId, String text) {
    WebElement field = await(By.id(fieldId));
    WebElement input = field.findElement(By.cssSelector("input, textarea"));
    input.clear();
    input.sendKeys(text);
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  void clickCss(String css) {
    clickJs(By.cssSelector(css));
  }

  /** Clicks through script: a notification or a long form may cover the element's middle. */
  void clickJs(By locator) {
    wait.until(
        d -> {
          try {
            driver.executeScript("arguments[0].click();", d.findElement(locator));
            return true;
          } catch (org.openqa.selenium.NoSuchElementException
              | org.openqa.selenium.StaleElementReferenceException notYet) {
            return false; // not there yet, or the page redrew it in between: look again
          }
        });
  }

  /** Chooses an option of a Vaadin select by its label. */
  void pick(String selectId, String label) {
    click(selectId);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='" + label + "']")))
        .click();
  }

  /**
   * Sets a long text at once (typing thousands of characters key by key is slow) and waits until
   * the server has it: the field's character counter shows its length.
   */
  void paste(String fieldId, String text) {
    WebElement field = await(By.id(fieldId));
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field,
        text);
    String counted = String.format(java.util.Locale.ROOT, "%,d / ", text.length());
    wait.until(d -> field.getText().contains(counted));
  }

  /** Presses keys as the person would, on whatever has the focus. */
  void press(CharSequence keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
  }

  /** Waits until an input shows this value (its text is in the value, not in the page text). */
  void awaitValue(By input, String value) {
    wait.until(d -> value.equals(d.findElement(input).getDomProperty("value")));
  }

  void signOut() {
    click("sign-out");
    await(By.cssSelector("#vaadinLoginUsername input"));
  }

  void awaitText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  void signIn(String username, String password) {
    WebElement user = await(By.cssSelector("#vaadinLoginUsername input"));
    user.sendKeys(username);
    WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
    pass.sendKeys(password);
    driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
  }

  /**
   * Waits until no notification is fading in or out: half-faded text is measured at half its
   * contrast.
   */
  void awaitNotificationsSettled() {
    wait.until(
        d ->
            d.findElements(
                    By.cssSelector(
                        "vaadin-notification-card[opening], vaadin-notification-card[closing]"))
                .isEmpty());
  }

  /**
   * Creates an account on the admin page, which must be open: the display name, the password and
   * the roles ticked by their labels ("Editor", "Reviewer"); waits until the list shows it.
   */
  void createUser(String username, String displayName, String password, Set<String> roles) {
    type("new-username", username);
    type("new-display-name", displayName);
    type("new-password", password);
    await(By.id("new-roles")).findElements(By.tagName("vaadin-checkbox")).stream()
        .filter(box -> roles.contains(box.getText().strip()))
        .forEach(WebElement::click);
    click("create-user");
    awaitGridCell("users-grid", username);
  }

  /**
   * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as shown, one line
   * each (rule, help, first elements), once no notification is fading in or out.
   */
  List<String> accessibilityViolations() {
    awaitNotificationsSettled();
    List<String> found = new ArrayList<>();
    for (Rule rule :
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver)
            .getViolations()) {
      if (rule.getImpact() != null && BLOCKING_IMPACTS.contains(rule.getImpact())) {
        found.add(
            rule.getImpact()
                + " "
                + rule.getId()
                + " ("
                + rule.getHelp()
                + ") at "
                + rule.getNodes().stream()
                    .limit(5)
                    .map(n -> String.valueOf(n.getTarget()))
                    .toList());
      }
    }
    return found;
  }

  /** Waits until a grid shows a cell with exactly this text. */
  void awaitGridCell(String gridId, String text) {
    wait.until(
        d ->
            d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> text.equals(cell.getText().strip())));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screenshots at 1400x900 and 1920x1080 (name-1400.png, name-1920.png); the size is restored. */
  void screenshotAtBothSizes(String name) {
    Dimension before = driver.manage().window().getSize();
    try {
      for (Dimension size : new Dimension[] {new Dimension(1400, 900), new Dimension(1920, 1080)}) {
        driver.manage().window().setSize(size);
        // Let the layout settle after the resize.
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[0], 300))");
        screenshot(name + "-" + size.getWidth());
      }
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
