package org.claimdesk.users.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.operations.DatabaseOutage;

/** The sign-in page. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · ClaimDesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm login = new LoginForm();

  public LoginView() {
    addClassName("login-view");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    login.setAction("login");
    login.setForgotPasswordButtonVisible(false);
    login.setI18n(messages(false));
    Paragraph hint =
        new Paragraph(
            "First start? The admin password was printed once in the console where ClaimDesk"
                + " started.");
    hint.addClassName("login-hint");
    add(new com.vaadin.flow.component.html.H1("ClaimDesk"), login, hint);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters().getParameters();
    if (params.containsKey("unavailable")) {
      login.setI18n(databaseUnavailable());
      login.setError(true);
    } else if (params.containsKey("locked")) {
      login.setI18n(messages(true));
      login.setError(true);
    } else if (params.containsKey("error")) {
      login.setError(true);
    }
  }

  /** A database outage is never reported as a wrong password. */
  private static LoginI18n databaseUnavailable() {
    LoginI18n i18n = messages(false);
    i18n.getErrorMessage().setTitle("The database cannot be reached");
    i18n.getErrorMessage()
        .setMessage(DatabaseOutage.UNREACHABLE + " Try signing in again shortly.");
    return i18n;
  }

  private static LoginI18n messages(boolean locked) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    if (locked) {
      // The same words whether or not the name is an account: the page must not tell them apart.
      error.setTitle("Too many failed sign-ins");
      error.setMessage(
          "After repeated wrong passwords for this name or from this network, sign-in waits for"
              + " up to 15 minutes. Wait, then try again, or ask an admin to reset your password.");
    } else {
      error.setTitle("Wrong username or password");
      error.setMessage(
          "Check them and try again. Ask an admin if you have forgotten your password.");
    }
    return i18n;
  }
}
