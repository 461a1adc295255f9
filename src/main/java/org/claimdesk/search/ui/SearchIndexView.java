package org.claimdesk.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.claimdesk.search.IndexProgress;
import org.claimdesk.search.SearchService;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The admin's rebuild of the search index (linked from the admin page): a button, and the progress
 * of the mass indexer while it runs.
 */
@Route("admin/search-index")
@PageTitle("Search index · ClaimDesk")
@RolesAllowed(Roles.ADMIN)
public class SearchIndexView extends VerticalLayout {

  static final int POLL_MILLIS = 500;

  final Button rebuild = new Button("Rebuild the search index");
  final ProgressBar bar = new ProgressBar(0, 100);
  final Paragraph status = new Paragraph();
  private final SearchService search;
  private @Nullable Registration polling;

  public SearchIndexView(SearchService search) {
    this.search = search;
    rebuild.setId("rebuild-index");
    rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    rebuild.addClickListener(click -> show(search.rebuildIndex()));
    status.setId("index-progress");
    bar.setWidth("30em");
    add(
        new H2("Search index"),
        new Paragraph(
            "Search and claim matching read the index. Rebuild it from the database after"
                + " restoring a backup or when search misses what the desk holds; searching keeps"
                + " working meanwhile."),
        rebuild,
        bar,
        status);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    show(search.indexProgress());
    event.getUI().setPollInterval(POLL_MILLIS);
    polling = event.getUI().addPollListener(poll -> show(search.indexProgress()));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (polling != null) {
      polling.remove();
      polling = null;
    }
    event.getUI().setPollInterval(-1);
  }

  void show(IndexProgress progress) {
    rebuild.setEnabled(!progress.running());
    bar.setVisible(progress.running() || progress.took() != null);
    bar.setValue(progress.percent());
    if (progress.running()) {
      status.setText(
          String.format(
              Locale.ROOT,
              "Rebuilding: %,d of %,d indexed (%d%%).",
              progress.indexed(),
              progress.total(),
              progress.percent()));
    } else if (progress.failure() != null) {
      status.setText("The last rebuild failed: " + progress.failure());
    } else if (progress.took() != null) {
      status.setText(
          String.format(
              Locale.ROOT,
              "Rebuilt: %,d claims and documents indexed in %.1f s.",
              progress.indexed(),
              progress.took().toMillis() / 1000.0));
    } else {
      status.setText("No rebuild since the desk started.");
    }
  }
}
