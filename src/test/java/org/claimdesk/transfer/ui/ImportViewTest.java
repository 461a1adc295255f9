package org.claimdesk.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.claimdesk.desk.ui.DashboardView;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.transfer.ImportPreview;
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
 * The Import page: an upload shows a preview with the CSV columns before anything runs; the import
 * runs in the background with its progress shown again after leaving the page and coming back.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class ImportViewTest extends SpringBrowserlessTest {

  @Autowired ApplicationContext context;

  @BeforeEach
  void signIn() {
    SignedIn.begin(new DeskScenario(context).people.editor(), Role.EDITOR);
  }

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  private static void runPageTasks() {
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
    roundTrip();
  }

  @Test
  void a_csv_upload_is_previewed_with_its_column_mapping_then_imported_in_the_background()
      throws Exception {
    long seed = System.nanoTime();
    String csv =
        "Headline,Body,Source\n"
            + "Port volumes ("
            + seed
            + "),\"The port authority said it handled 4 million containers in 2024, up 12 percent.\",Harbour News\n"
            + "Rail ("
            + seed
            + "),\"The transport secretary said fares will rise by 3 percent in March.\",Harbour News\n"
            + "Broken ("
            + seed
            + "),only two\n";
    ImportView page = navigate(ImportView.class);
    assertThat(page.start.isEnabled()).isFalse();

    page.uploadHandler.handleUploadRequest(
        upload(page, "partner.csv", csv.getBytes(StandardCharsets.UTF_8)));
    runPageTasks();

    assertThat(page.format.getValue()).hasToString("CSV");
    List<ImportPreview.Row> rows = page.preview.getGenericDataView().getItems().toList();
    assertThat(rows)
        .extracting(ImportPreview.Row::title)
        .containsExactly("Port volumes (" + seed + ")", "Rail (" + seed + ")", "");
    assertThat(rows.get(2).problem()).isEqualTo("2 cells where the header has 3");
    assertThat(page.columnSelects.get("title").getValue()).isEqualTo("Headline");
    assertThat(page.columnSelects.get("text").getValue()).isEqualTo("Body");
    assertThat(page.columnSelects.get("outlet").getValue()).isEqualTo("Source");
    assertThat(page.start.isEnabled()).isTrue();

    test(page.start).click();
    assertThat(page.progressText.getText()).startsWith("partner.csv: ");

    // Leave the page and come back: the job is found again and followed to its end.
    navigate(DashboardView.class);
    ImportView again = navigate(ImportView.class);
    await(
        () -> {
          again.refreshProgress();
          return !again.cancel.isVisible();
        });
    assertThat(again.progressText.getText())
        .startsWith("partner.csv: 3 of 3: 2 imported, 0 already in, 1 failed")
        .endsWith("(done)");
    assertThat(again.bar.getValue()).isEqualTo(1.0);
    assertThat(again.problems.getGenericDataView().getItems().toList())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo("2 cells where the header has 3"));
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 1200 && !done.getAsBoolean(); i++) {
      Thread.sleep(100);
      runPageTasks();
    }
    assertThat(done.getAsBoolean()).as("done within two minutes").isTrue();
  }

  private static UploadEvent upload(ImportView page, String name, byte[] body) {
    return new UploadEvent(
        null,
        null,
        VaadinSession.getCurrent(),
        name,
        body.length,
        "text/csv",
        page.upload.getElement(),
        new FilePart(name, body));
  }

  private record FilePart(String name, byte[] body) implements Part {
    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public String getContentType() {
      return "text/csv";
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
    public void write(String fileName) {}

    @Override
    public void delete() {}

    @Override
    public String getHeader(String header) {
      return null;
    }

    @Override
    public Collection<String> getHeaders(String header) {
      return new ArrayList<>();
    }

    @Override
    public Collection<String> getHeaderNames() {
      return new ArrayList<>();
    }
  }
}
