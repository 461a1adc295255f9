package org.claimdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.operations.DatabaseOutage;
import org.claimdesk.operations.DatabaseProbe;

/**
 * What a page that failed to open shows instead of Vaadin's exception page: a sentence, never the
 * exception's text. When the database is away it says so and reloads the page by itself as soon as
 * the database answers again.
 */
@AnonymousAllowed
public class NavigationErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

  static final int RETRY_MILLIS = 3000;
  private final DatabaseProbe database;

  NavigationErrorView(DatabaseProbe database) {
    this.database = database;
    addClassName("navigation-error");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    removeAll();
    String outage = DatabaseOutage.describe(parameter.getCaughtException());
    if (outage == null) {
      add(
          new H2("This page could not be opened"),
          new Paragraph(ErrorMessages.describe(parameter.getCaughtException())));
      return 500;
    }
    H2 title = new H2("Waiting for the database");
    Paragraph text = new Paragraph(outage + " This page opens by itself when it is back.");
    text.setId("database-unavailable");
    add(title, text);
    reloadWhenBack(event.getUI());
    return 503;
  }

  private void reloadWhenBack(UI ui) {
    ui.setPollInterval(RETRY_MILLIS);
    Registration polling =
        ui.addPollListener(
            poll -> {
              if (database.reachable()) {
                ui.setPollInterval(-1);
                ui.getPage().reload();
              }
            });
    addDetachListener(
        detach -> {
          polling.remove();
          ui.setPollInterval(-1);
        });
  }
}
