package org.claimdesk.transfer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.transfer.ColumnMapping;
import org.claimdesk.transfer.ImportFormat;
import org.claimdesk.transfer.ImportPreview;
import org.claimdesk.transfer.ImportProblem;
import org.claimdesk.transfer.ImportProgress;
import org.claimdesk.transfer.ImportRequest;
import org.claimdesk.transfer.ImportService;
import org.claimdesk.transfer.RatingMapping;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Roles;
import org.claimdesk.verdicts.RatingScale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * Import: an editor uploads a file, checks the first records (and the CSV column or ClaimReview
 * rating mapping), then starts the import; its progress shows here until it is done, also after
 * leaving the page and coming back, and it can be cancelled.
 */
@Route("import")
@PageTitle("Import · ClaimDesk")
@Menu(title = "Import", order = 2.5)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ImportView extends VerticalLayout {

  private static final String NOT_MAPPED = "(not mapped)";

  private final ImportService imports;
  final Upload upload = new Upload();
  final ImportUploadHandler uploadHandler;
  final Select<ImportFormat> format = new Select<>();
  final Grid<ImportPreview.Row> preview = new Grid<>();
  final VerticalLayout mapping = new VerticalLayout();
  final Map<String, Select<String>> columnSelects = new LinkedHashMap<>();
  final Map<String, Select<String>> ratingSelects = new LinkedHashMap<>();
  final Button start = new Button("Start import");
  final Button cancel = new Button("Cancel import");
  final ProgressBar bar = new ProgressBar();
  final Span progressText = new Span();
  final Grid<ImportProblem> problems = new Grid<>();
  private @Nullable Path file;
  private String fileName = "";
  private @Nullable Long jobId;
  private com.vaadin.flow.shared.@Nullable Registration polling;

  private final RatingScale ratingScale;

  public ImportView(
      ImportService imports,
      RatingScale ratingScale,
      @Value("${claimdesk.data-dir:./data}") String dataDir) {
    this.imports = imports;
    this.ratingScale = ratingScale;
    this.uploadHandler =
        new ImportUploadHandler(
            Path.of(dataDir, "imports"), this::received, refusal -> Notices.error(refusal));
    addClassName("import-view");
    setWidthFull();

    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) ImportUploadHandler.MAX_BYTES);
    upload.setAcceptedFileTypes(
        ".jsonl", ".ndjson", ".csv", ".xml", ".rss", ".atom", ".json", ".zip");
    upload.setUploadHandler(uploadHandler);
    upload.addFileRejectedListener(
        rejected -> Notices.error("That file was not accepted: " + rejected.getErrorMessage()));

    format.setId("import-format");
    format.setLabel("Format");
    format.setItems(
        Arrays.stream(ImportFormat.values())
            .filter(f -> f != ImportFormat.DESK && f != ImportFormat.FOLDER)
            .toList());
    format.setItemLabelGenerator(ImportFormat::label);
    format.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            refreshPreview();
          }
        });

    preview.setId("import-preview");
    preview.addColumn(ImportPreview.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
    preview.addColumn(ImportPreview.Row::title).setHeader("Title or claim").setFlexGrow(3);
    preview.addColumn(r -> r.outlet() == null ? "" : r.outlet()).setHeader("Outlet or publisher");
    preview.addColumn(r -> r.problem() == null ? "ok" : r.problem()).setHeader("Check");
    preview.setAllRowsVisible(true);

    start.setId("import-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.setEnabled(false);
    start.addClickListener(click -> startImport());
    cancel.setId("import-cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(click -> cancelImport());
    progressText.setId("import-progress");
    problems.setId("import-problems");
    problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(ImportProblem::reason).setHeader("Why it was skipped");
    problems.setAllRowsVisible(true);

    add(
        new H2("Import"),
        new Paragraph(
            "JSON Lines (title, outlet, url, publishedDate, text), CSV with a header, an RSS or"
                + " Atom feed, or ClaimReview JSON. Files already in are skipped, so importing a file"
                + " again completes an import that stopped. Folders and desk exports are imported"
                + " with the command line."),
        upload,
        format,
        mapping,
        preview,
        start,
        new H3("Progress"),
        bar,
        progressText,
        cancel,
        problems);
    showJob(null);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    // Coming back to the page: the latest job is shown, and followed while it runs.
    List<ImportProgress> recent = imports.myRecentJobs(1);
    if (!recent.isEmpty()) {
      jobId = recent.getFirst().jobId();
      showJob(recent.getFirst());
    }
    attach.getUI().setPollInterval(1000);
    polling = attach.getUI().addPollListener(poll -> refreshProgress());
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    detach.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
      polling = null;
    }
  }

  void received(String name, Path uploaded) {
    file = uploaded;
    fileName = name;
    upload.clearFileList();
    Notices.attempt(
        () -> {
          format.setValue(ImportFormat.guess(Path.of(name)));
          if (format.getValue() == ImportFormat.DESK) {
            throw new org.claimdesk.shared.UserFacingException(
                "A desk export is read into an empty desk with the command line: java -jar"
                    + " claimdesk.jar import FILE.zip --format desk.");
          }
        });
    columnSelects.clear();
    ratingSelects.clear();
    refreshPreview();
  }

  ImportRequest request() {
    Path f = file;
    if (f == null || format.getValue() == null) {
      throw new org.claimdesk.shared.UserFacingException("Upload a file first.");
    }
    Map<String, String> columns = new LinkedHashMap<>();
    columnSelects.forEach(
        (field, select) -> {
          if (select.getValue() != null && !NOT_MAPPED.equals(select.getValue())) {
            columns.put(field, select.getValue());
          }
        });
    Map<String, String> ratings = new LinkedHashMap<>();
    ratingSelects.forEach(
        (label, select) -> {
          if (select.getValue() != null && !NOT_MAPPED.equals(select.getValue())) {
            ratings.put(label, select.getValue());
          }
        });
    return new ImportRequest(
        f, format.getValue(), new ColumnMapping(columns), new RatingMapping(ratings), fileName);
  }

  void refreshPreview() {
    start.setEnabled(false);
    preview.setItems(List.of());
    mapping.removeAll();
    boolean ok =
        Notices.attempt(
            () -> {
              ImportPreview p = imports.preview(request(), 10);
              preview.setItems(p.rows());
              showMappings(p);
            });
    start.setEnabled(ok && file != null);
  }

  private void showMappings(ImportPreview p) {
    if (!p.header().isEmpty()) {
      mapping.add(new H3("Columns"));
      HorizontalLayout row = new HorizontalLayout();
      for (String field : ColumnMapping.FIELDS) {
        Select<String> select =
            columnSelects.computeIfAbsent(
                field,
                f -> {
                  Select<String> s = new Select<>();
                  s.setId("column-" + f);
                  s.setLabel(f);
                  s.addValueChangeListener(
                      e -> {
                        if (e.isFromClient()) {
                          refreshPreview();
                        }
                      });
                  return s;
                });
        List<String> choices = new ArrayList<>();
        choices.add(NOT_MAPPED);
        choices.addAll(p.header());
        String current = p.columns().getOrDefault(field, NOT_MAPPED);
        select.setItems(choices);
        select.setValue(current);
        row.add(select);
      }
      mapping.add(row);
    }
    if (!p.ratingLabels().isEmpty()) {
      mapping.add(
          new H3("Ratings"),
          new Paragraph(
              "Confirm which of the desk's ratings each of the publisher's ratings means."));
      for (Map.Entry<String, @Nullable String> label : p.ratingLabels().entrySet()) {
        Select<String> select =
            ratingSelects.computeIfAbsent(
                label.getKey(),
                l -> {
                  Select<String> s = new Select<>();
                  s.setLabel(l);
                  s.addClassName("rating-mapping");
                  return s;
                });
        List<String> choices = new ArrayList<>();
        choices.add(NOT_MAPPED);
        ratingScale.current().active().forEach(d -> choices.add(d.code()));
        select.setItems(choices);
        if (select.getValue() == null || NOT_MAPPED.equals(select.getValue())) {
          select.setValue(label.getValue() == null ? NOT_MAPPED : label.getValue());
        }
        mapping.add(select);
      }
    }
  }

  void startImport() {
    Notices.attempt(
        () -> {
          long id = imports.start(request());
          jobId = id;
          start.setEnabled(false);
          Notices.success("Import of '" + fileName + "' started.");
          refreshProgress();
        });
  }

  void cancelImport() {
    Long id = jobId;
    if (id != null) {
      Notices.attempt(
          () -> {
            imports.cancel(id);
            Notices.success("Cancelling: the documents in hand are finished, the rest is left.");
          });
    }
  }

  void refreshProgress() {
    Long id = jobId;
    if (id != null) {
      showJob(imports.progress(id).orElse(null));
    }
  }

  private void showJob(@Nullable ImportProgress p) {
    boolean running = p != null && p.state() == ImportProgress.State.RUNNING;
    cancel.setEnabled(running);
    cancel.setVisible(running);
    bar.setVisible(p != null);
    problems.setVisible(p != null && p.failed() > 0);
    if (p == null) {
      progressText.setText("No import yet.");
      return;
    }
    double fraction = p.fraction();
    bar.setIndeterminate(fraction < 0);
    if (fraction >= 0) {
      bar.setValue(fraction);
    }
    progressText.setText(
        p.sourceName()
            + ": "
            + p.describe()
            + Optional.ofNullable(p.message()).map(m -> ". " + m).orElse(""));
    if (p.failed() > 0) {
      problems.setItems(imports.problems(p.jobId(), 200));
    }
  }
}
