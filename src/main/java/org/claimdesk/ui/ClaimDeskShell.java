package org.claimdesk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo's look plus ClaimDesk's own plain stylesheet from {@code frontend/}. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/claimdesk.css")
public class ClaimDeskShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("ClaimDesk");
    // A plain SVG served with the stylesheet, so that no page asks for a missing favicon.ico.
    settings.addFavIcon("icon", "images/favicon.svg", "any");
  }
}
