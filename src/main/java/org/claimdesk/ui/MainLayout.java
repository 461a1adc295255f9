package org.claimdesk.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every page: the menu on the left (only the pages the person's roles may open,
 * taken from each view's {@code @Menu}) and the signed-in person with their API tokens and a
 * sign-out button on top.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  public MainLayout(AuthenticationContext authentication) {
    addClassName("main-layout");
    Span brand = new Span("ClaimDesk");
    brand.addClassName("brand");
    addToDrawer(brand, navigation());

    Span user = new Span(authentication.getPrincipalName().orElse(""));
    user.addClassName("signed-in-user");
    Anchor tokens = new Anchor("api-tokens", "API tokens");
    tokens.setId("api-tokens-link");
    Button signOut = new Button("Sign out", click -> authentication.logout());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    signOut.setId("sign-out");
    HorizontalLayout top = new HorizontalLayout(user, tokens, signOut);
    top.addClassName("top-bar");
    top.setAlignItems(HorizontalLayout.Alignment.CENTER);
    addToNavbar(new DrawerToggle(), top);
    setPrimarySection(Section.DRAWER);
  }

  private static SideNav navigation() {
    SideNav nav = new SideNav();
    nav.setId("main-nav");
    MenuConfiguration.getMenuEntries()
        .forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
    return nav;
  }
}
