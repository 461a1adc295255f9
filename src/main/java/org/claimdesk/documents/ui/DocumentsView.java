package org.claimdesk.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.documents.Document;
import org.claimdesk.documents.DocumentDraft;
import org.claimdesk.documents.DocumentService;
import org.claimdesk.documents.DocumentSummary;
import org.claimdesk.documents.IngestResult;
import org.claimdesk.documents.UploadedText;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Limited;
import org.claimdesk.ui.Notices;
import org.claimdesk.ui.PersonNames;
import org.claimdesk.ui.WebLink;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/** Documents: an editor pastes an article to ingest it; everybody sees the list. */
@Route("documents")
@PageTitle("Documents · ClaimDesk")
@Menu(title = "Documents", order = 2)
@PermitAll
public class DocumentsView extends VerticalLayout {

  private final DocumentService documents;
  private final AsyncTaskExecutor background;
  private final PersonNames names;
  final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);

  final TextField title = Limited.field("document-title", "Title", 500);
  final TextField outlet = Limited.field("document-outlet", "Outlet", 200);
  final TextField url = Limited.url("document-url", "Web address");
  final DatePicker published = DeskFormat.datePicker(new DatePicker("Published"));
  final TextArea text =
      Limited.uncut("document-text", "Text", Document.MAX_TEXT_LENGTH, Document::tooLong);
  final Button save = new Button("Save document");
  final Upload upload = new Upload();
  final TextUploadHandler uploadHandler =
      new TextUploadHandler(
          this::fillFromFile,
          refusal -> {
            Notices.error(refusal);
            upload.clearFileList();
          });

  public DocumentsView(
      DocumentService documents,
      @Qualifier("applicationTaskExecutor") AsyncTaskExecutor background,
      PersonNames names) {
    this.documents = documents;
    this.names = names;
    this.background = background;
    addClassName("documents-view");
    setSizeFull();
    if (CurrentUser.hasRole(Roles.EDITOR)) {
      add(new H2("Add a document"), ingestForm());
    }
    add(new H2("Documents"), grid);
    configureGrid();
    refresh();
  }

  private FormLayout ingestForm() {
    title.setRequiredIndicatorVisible(true);
    // The page is for adding documents: the keyboard starts in the first field.
    title.setAutofocus(true);
    published.setId("document-published");
    text.setPlaceholder("Paste the article, transcript or wire copy as plain text or HTML.");
    text.setRequiredIndicatorVisible(true);
    text.setMinHeight("12em");
    save.setId("save-document");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> save());
    configureUpload();
    FormLayout form = new FormLayout(title, outlet, url, published, upload, text, save);
    form.setColspan(upload, 2);
    form.setColspan(text, 2);
    form.addClassName("ingest-form");
    return form;
  }

  /** A text or HTML file fills the text field (and the title, when empty) for review first. */
  private void configureUpload() {
    upload.setId("document-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(UploadedText.MAX_BYTES);
    upload.setAcceptedFileTypes(".txt", ".html", ".htm", "text/plain", "text/html");
    upload.setUploadHandler(uploadHandler);
    upload.addFileRejectedListener(
        rejected ->
            Notices.error(
                "That file was not accepted: "
                    + rejected.getErrorMessage()
                    + ". Upload a .txt or .html file of up to 5 MB."));
  }

  void fillFromFile(String fileName, String uploaded) {
    Notices.attempt(
        () -> {
          text.setValue(uploaded);
          if (title.isEmpty()) {
            title.setValue(fileName.replaceFirst("\\.[A-Za-z0-9]+$", ""));
          }
          Notices.success("Read '" + fileName + "'. Check the fields, then save.");
        });
    upload.clearFileList();
  }

  /**
   * Saves in the background: reading a long text for claims can take a while, and the page stays
   * usable (and its session unlocked) meanwhile; the button is off until the save is done.
   */
  void save() {
    if (!Limited.checkLength(text, Document.MAX_TEXT_LENGTH, Document::tooLong)) {
      // Refused before anything travels to the service; the whole text stays in the field.
      Notices.error(Document.tooLong(text.getValue().length()));
      text.focus();
      return;
    }
    DocumentDraft draft =
        new DocumentDraft(
            title.getValue(),
            outlet.getValue(),
            url.getValue(),
            published.getValue(),
            text.getValue());
    UI ui = UI.getCurrent();
    save.setEnabled(false);
    save.setText("Reading the text for claims…");
    ui.setPollInterval(500);
    background.execute(
        new DelegatingSecurityContextRunnable(
            () -> {
              IngestResult stored = null;
              RuntimeException failure = null;
              try {
                stored = documents.ingest(draft);
              } catch (RuntimeException e) {
                failure = e;
              }
              IngestResult result = stored;
              RuntimeException error = failure;
              ui.access(() -> saved(ui, result, error));
            },
            SecurityContextHolder.getContext()));
  }

  private void saved(UI ui, @Nullable IngestResult stored, @Nullable RuntimeException failure) {
    ui.setPollInterval(-1);
    save.setEnabled(true);
    save.setText("Save document");
    if (stored == null) {
      Notices.error(failure == null ? new IllegalStateException("no result") : failure);
      // The button was off while saving, which took the focus from it: give it back.
      save.focus();
      return;
    }
    Notices.success(
        "Saved '"
            + stored.document().title()
            + "': "
            + stored.items()
            + (stored.items() == 1 ? " claim item" : " claim items")
            + " found. Triage them here.");
    if (stored.notice() != null) {
      Notices.error(stored.notice());
    }
    clearForm();
    // The editor goes on with the document just saved: its reader, where the items are triaged.
    ui.navigate("documents/" + stored.document().id());
  }

  private void clearForm() {
    title.clear();
    outlet.clear();
    url.clear();
    published.clear();
    text.clear();
    title.setInvalid(false);
    text.setInvalid(false);
  }

  private void configureGrid() {
    grid.setId("documents-grid");
    grid.addColumn(d -> d.withdrawn() ? d.title() + " (withdrawn)" : d.title())
        .setHeader("Title")
        .setFlexGrow(3);
    grid.addColumn(d -> d.outlet() == null ? "" : d.outlet()).setHeader("Outlet");
    grid.addComponentColumn(
            d ->
                WebLink.of(d.url())
                    .<Component>map(
                        link -> {
                          link.setId("document-url-" + d.id());
                          return link;
                        })
                    .orElseGet(Span::new))
        .setHeader("Web address")
        .setFlexGrow(2);
    grid.addColumn(d -> DeskFormat.date(d.publishedDate())).setHeader("Published");
    java.util.Map<String, String> shown = new java.util.HashMap<>();
    grid.addColumn(d -> shown.computeIfAbsent(d.ingestedBy(), names::displayName))
        .setHeader("Added by");
    grid.addColumn(d -> DeskFormat.dateTime(d.ingestedAt())).setHeader("Added");
    grid.setEmptyStateText("No documents yet.");
    grid.addItemClickListener(
        click -> getUI().ifPresent(ui -> ui.navigate("documents/" + click.getItem().id())));
  }

  void refresh() {
    grid.setItems(documents.recent(200));
  }
}
