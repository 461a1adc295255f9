package org.claimdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.claimdesk.documents.Document;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.DeskFormat;
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
 * The documents page: uploads checked on the server while they stream, saving in the background.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class DocumentsViewTest extends SpringBrowserlessTest {

  @Autowired ApplicationContext context;
  @Autowired DocumentService documents;

  @BeforeEach
  void signIn() {
    SignedIn.begin(new DeskScenario(context).people.editor(), Role.EDITOR);
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private List<String> notices() {
    return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
  }

  /** Runs what background work handed to the page (UI.access), as the next request would. */
  private static void runPageTasks() {
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
    roundTrip();
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
      Thread.sleep(100);
      runPageTasks();
    }
    assertThat(done.getAsBoolean()).as("done within a minute").isTrue();
  }

  @Test
  void saving_runs_in_the_background_with_the_button_off_until_it_is_done() throws Exception {
    DocumentsView page = navigate(DocumentsView.class);
    String title = "Harbour report " + System.nanoTime();
    test(page.title).setValue(title);
    test(page.text).setValue("The port authority said it handled 4 million containers in 2024.");
    test(page.save).click();
    assertThat(page.save.isEnabled()).as("off while saving").isFalse();
    await(page.save::isEnabled);
    assertThat(notices()).anySatisfy(n -> assertThat(n).startsWith("Saved '" + title + "'"));
    assertThat(page.text.getValue()).isEmpty();
    assertThat(UI.getCurrent().getActiveViewLocation().getPath())
        .as("saving opens the document's reader")
        .matches("documents/\\d+");
    assertThat(documents.recent(5)).extracting(DocumentSummary::title).contains(title);
  }

  @Test
  void dates_read_day_month_year_as_on_every_page_whatever_the_browsers_locale() throws Exception {
    UI.getCurrent().setLocale(Locale.US); // the locale that wrote "Dec 2, 2026" and "5:02 AM"
    DocumentsView page = navigate(DocumentsView.class);
    assertThat(page.published.getI18n().getDateFormats())
        .as("the date picker shows 2 Dec 2026, not 12/2/2026")
        .first()
        .isEqualTo("d MMM yyyy");
    String title = "Dated report " + System.nanoTime();
    test(page.title).setValue(title);
    page.published.setValue(LocalDate.of(2026, 12, 2));
    test(page.text).setValue("The harbour master said " + System.nanoTime() + " ships called.");
    test(page.save).click();
    await(page.save::isEnabled);

    navigate(DocumentsView.class);
    @SuppressWarnings("unchecked")
    Grid<DocumentSummary> grid = find(Grid.class).id("documents-grid");
    var rows = test(grid);
    int row = -1;
    for (int i = 0; i < rows.size() && row < 0; i++) {
      row = rows.getRow(i).title().equals(title) ? i : -1;
    }
    assertThat(row).as("the saved document is listed").isNotNegative();
    assertThat(rows.getCellText(row, 3)).isEqualTo("2 Dec 2026");
    assertThat(rows.getCellText(row, 5))
        .as("added, in the desk's time zone")
        .isEqualTo(DeskFormat.dateTime(rows.getRow(row).ingestedAt()))
        .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
  }

  @Test
  void a_paste_over_the_limit_is_kept_whole_refused_with_the_limit_and_nothing_is_saved() {
    DocumentsView page = navigate(DocumentsView.class);
    String title = "Too long " + System.nanoTime();
    String pasted = "The minister said exports rose by 4% in 2024. ".repeat(70_000); // 3.2 M
    test(page.title).setValue(title);
    test(page.text).setValue(pasted);
    assertThat(page.text.getValue()).as("nothing cut").hasSize(pasted.length());
    assertThat(page.text.isInvalid()).isTrue();
    assertThat(page.text.getErrorMessage())
        .isEqualTo(Document.tooLong(pasted.length()))
        .contains("3,220,000 characters long; at most 1,000,000");
    test(page.save).click();
    assertThat(notices()).containsExactly(Document.tooLong(pasted.length()));
    assertThat(page.save.isEnabled()).as("no save started").isTrue();
    assertThat(page.text.getValue()).hasSize(pasted.length());
    assertThat(documents.recent(20)).extracting(DocumentSummary::title).doesNotContain(title);
  }

  @Test
  void an_upload_whose_text_is_over_the_limit_gets_the_same_message_as_a_paste() throws Exception {
    DocumentsView page = navigate(DocumentsView.class);
    byte[] file = "a".repeat(Document.MAX_TEXT_LENGTH + 1).getBytes(StandardCharsets.UTF_8);
    page.uploadHandler.handleUploadRequest(upload(page, "long.txt", file.length, file));
    runPageTasks();
    assertThat(notices()).containsExactly(Document.tooLong(Document.MAX_TEXT_LENGTH + 1));
    assertThat(page.text.getValue()).isEmpty();
  }

  @Test
  void an_upload_over_5_mb_is_refused_on_the_server_with_the_size_message() throws Exception {
    DocumentsView page = navigate(DocumentsView.class);
    byte[] big = new byte[6 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    page.uploadHandler.handleUploadRequest(upload(page, "big.txt", -1, big));
    runPageTasks();
    assertThat(notices())
        .anySatisfy(n -> assertThat(n).contains("'big.txt' is over 5,242,880 bytes"));
    assertThat(page.text.getValue()).isEmpty();
  }

  @Test
  void a_text_file_fills_the_form_for_review() throws Exception {
    DocumentsView page = navigate(DocumentsView.class);
    byte[] file = "Genève: the minister said exports rose.".getBytes(StandardCharsets.UTF_8);
    page.uploadHandler.handleUploadRequest(upload(page, "geneve.txt", file.length, file));
    runPageTasks();
    assertThat(page.text.getValue()).isEqualTo("Genève: the minister said exports rose.");
    assertThat(page.title.getValue()).isEqualTo("geneve");
  }

  private static UploadEvent upload(DocumentsView page, String name, long size, byte[] body) {
    return new UploadEvent(
        null,
        null,
        VaadinSession.getCurrent(),
        name,
        size,
        "text/plain",
        page.upload.getElement(),
        new FilePart(name, body));
  }

  /** One part of a multipart upload, as the servlet container hands it over. */
  private record FilePart(String name, byte[] body) implements Part {
    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public String getContentType() {
      return "text/plain";
    }

    @Override
    public String getName() {
      return "file";
    }

    @Override
    public String getSubmittedFileName() {
      return name;
    }

    @Override
    public long getSize() {
      return body.length;
    }

    @Override
    public void write(String fileName) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete() {}

    @Override
    public String getHeader(String header) {
      return null;
    }

    @Override
    public Collection<String> getHeaders(String header) {
      return List.of();
    }

    @Override
    public Collection<String> getHeaderNames() {
      return List.of();
    }
  }
}
