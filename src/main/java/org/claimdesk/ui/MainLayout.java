package org.claimdesk.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every page: the menu on the left (only the pages the person's roles may open,
 * taken from each view's {@code @Menu}) and the signed-in person with their API tokens and a
 * sign-out button on top, with a bell counting their unread notifications.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  final Button bell = new Button();

  /** The first stop of the Tab key: past the menu and the top bar, to the page itself. */
  final Anchor skipLink = new Anchor("#" + MAIN_CONTENT, "Skip to main content");

  private static final String MAIN_CONTENT = "main-content";
  private final Inbox notifications;

  public MainLayout(AuthenticationContext authentication, Inbox notifications, PersonNames names) {
    this.notifications = notifications;
    addClassName("main-layout");
    skipLink.setId("skip-to-content");
    skipLink.addClassName("skip-link");
    // Followed by the browser, not by the router: it moves the focus to the page's content.
    skipLink.getElement().setAttribute("router-ignore", true);
    skipLink
        .getElement()
        .executeJs(
            "this.addEventListener('click', e => {"
                + " const target = document.getElementById(this.getAttribute('href').substring(1));"
                + " if (target) { e.preventDefault(); target.focus(); }"
                + " });");
    Span brand = new Span("ClaimDesk");
    brand.addClassName("brand");
    addToDrawer(brand, navigation());

    Span user =
        new Span(
            authentication.isAuthenticated()
                ? authentication.getPrincipalName().map(names::displayName).orElse("")
                : "");
    user.addClassName("signed-in-user");
    Anchor tokens = new Anchor("api-tokens", "API tokens");
    tokens.setId("api-tokens-link");
    Button signOut = new Button("Sign out", click -> authentication.logout());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    signOut.setId("sign-out");
    bell.setId("notifications-bell");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    bell.addClickListener(click -> openNotifications());
    if (authentication.isAuthenticated()) {
      showUnread();
    } else {
      bell.setVisible(false);
    }
    // The global search box (issue 12): Enter opens the search page with the words.
    var search = new com.vaadin.flow.component.textfield.TextField();
    search.setId("global-search");
    search.setPlaceholder("Search claims and documents");
    search.setAriaLabel("Search claims and documents");
    search.setWidth("17rem"); // the whole placeholder shows
    search.setClearButtonVisible(true);
    search.addKeyPressListener(
        com.vaadin.flow.component.Key.ENTER,
        e ->
            search
                .getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "search",
                            com.vaadin.flow.router.QueryParameters.of("q", search.getValue()))));
    HorizontalLayout top = new HorizontalLayout(search, user, bell, tokens, signOut);
    top.addClassName("top-bar");
    top.setAlignItems(HorizontalLayout.Alignment.CENTER);
    addToNavbar(skipLink, new DrawerToggle(), top);
    setPrimarySection(Section.DRAWER);
  }

  /**
   * The page shown inside the frame is the skip link's target: focusable (not in the Tab order) and
   * named by the link, keeping an id the page set itself.
   */
  @Override
  public void showRouterLayoutContent(HasElement content) {
    super.showRouterLayoutContent(content);
    if (content != null) {
      Element page = content.getElement();
      if (page.getAttribute("id") == null) {
        page.setAttribute("id", MAIN_CONTENT);
      }
      page.setAttribute("tabindex", "-1");
      page.getClassList().add("main-content");
      skipLink.setHref("#" + page.getAttribute("id"));
    }
  }

  /** The bell shows how many notifications are unread. */
  void showUnread() {
    long unread = notifications.unreadCount();
    // Vaadin's own icon: an emoji bell shows as an empty box where no emoji font is installed.
    bell.setIcon(VaadinIcon.BELL.create());
    bell.setText(String.valueOf(unread));
    bell.getElement().setAttribute("aria-label", unread + " unread notifications");
  }

  /** The newest notifications; opening them marks them read. */
  Dialog openNotifications() {
    Dialog dialog = new Dialog("Notifications");
    dialog.setId("notifications-dialog");
    List<Inbox.Entry> list = notifications.newest(30);
    if (list.isEmpty()) {
      dialog.add(new Paragraph("Nothing new."));
    }
    for (Inbox.Entry n : list) {
      Div row = new Div();
      row.addClassName(n.read() ? "notification-read" : "notification-unread");
      if (n.link() != null) {
        row.add(new Anchor(n.link(), n.message()));
      } else {
        row.setText(n.message());
      }
      dialog.add(row);
    }
    notifications.markAllRead();
    showUnread();
    dialog.getFooter().add(new Button("Close", click -> dialog.close()));
    dialog.open();
    return dialog;
  }

  private static SideNav navigation() {
    SideNav nav = new SideNav();
    nav.setId("main-nav");
    MenuConfiguration.getMenuEntries()
        .forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
    return nav;
  }
}
