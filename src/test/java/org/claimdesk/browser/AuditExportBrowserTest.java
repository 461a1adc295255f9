package org.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.audit.log.NoteKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An auditor's download, in headless Chromium against the production jar: the admin signs in, opens
 * the Audit page, downloads the export with its progress shown, and the file verifies offline with
 * the public key the page shows.
 */
class AuditExportBrowserTest {

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
  void the_audit_page_downloads_an_export_that_verifies_offline() throws Exception {
    Path downloads = Files.createTempDirectory("claimdesk-downloads");
    browser.driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    browser.go(app.url("/login"));
    browser.signIn("admin", app.printedAdminPassword());
    browser.await(By.id("main-nav"));
    browser.go(app.url("/audit"));
    String publicKey = browser.await(By.id("audit-public-key")).getText().strip();
    assertThat(publicKey).startsWith("claimdesk/audit+");
    browser.awaitGridCell("audit-grid", "admin");
    browser.clickJs(By.id("audit-export-download"));
    browser.awaitText(By.id("audit-export-status"), "Done:");
    browser.screenshot("audit");

    Path export = awaitDownload(downloads, Duration.ofSeconds(60));
    assertThat(export.getFileName().toString()).isEqualTo("claimdesk-audit.jsonl");
    ExportVerifier.Result result;
    try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
      result = ExportVerifier.verify(in, NoteKey.parseVerifier(publicKey), null);
    }
    assertThat(result.intact()).as(result.message()).isTrue();
    assertThat(Files.readString(export))
        .contains("\"change\":\"SIGN_IN\"")
        .contains("\"actor\":\"admin\"");
  }

  private static Path awaitDownload(Path dir, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try (Stream<Path> files = Files.list(dir)) {
        Optional<Path> done = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No export was downloaded to " + dir);
  }
}
