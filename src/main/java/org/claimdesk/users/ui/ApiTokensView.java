package org.claimdesk.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.ApiTokenIssued;
import org.claimdesk.users.ApiTokenSummary;
import org.claimdesk.users.ApiTokens;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;

/**
 * API tokens, reached from the user menu: a person creates, names and revokes their own; an admin
 * sees everyone's and can revoke any. A new token is shown once.
 */
@Route("api-tokens")
@PageTitle("API tokens · ClaimDesk")
@PermitAll
public class ApiTokensView extends VerticalLayout {

  private final ApiTokens tokens;
  private final boolean admin = CurrentUser.hasRole(Roles.ADMIN);
  final TextField name = new TextField("Name");
  final IntegerField days = new IntegerField("Valid for (days)");
  final Button create = new Button("Create token");
  final Grid<ApiTokenSummary> grid = new Grid<>(ApiTokenSummary.class, false);

  /** The secret of the token just created, shown in the dialog; never stored. */
  final TextField secret = new TextField("Your new token");

  public ApiTokensView(ApiTokens tokens) {
    this.tokens = tokens;
    addClassName("api-tokens-view");
    setSizeFull();
    name.setId("token-name");
    name.setMaxLength(100);
    name.setPlaceholder("e.g. CMS import");
    days.setId("token-days");
    days.setMin(1);
    days.setMax(ApiTokens.MAX_DAYS);
    days.setValue(ApiTokens.DEFAULT_DAYS);
    days.setStepButtonsVisible(true);
    days.setHelperText("At most " + ApiTokens.MAX_DAYS + " days");
    create.setId("create-token");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> create());
    HorizontalLayout form = new HorizontalLayout(name, days, create);
    form.setAlignItems(Alignment.BASELINE);
    add(
        new H2("API tokens"),
        new Paragraph(
            "Scripts and other systems use a token as 'Authorization: Bearer <token>' on"
                + " /api/v1 (described at /api/docs). A token acts with your roles and stops"
                + " working when it expires, is revoked or your account is deactivated."),
        form,
        new H2(admin ? "Everyone's tokens" : "Your tokens"),
        grid);
    configureGrid();
    refresh();
  }

  private void configureGrid() {
    grid.setId("token-grid");
    grid.addColumn(ApiTokenSummary::name).setHeader("Name").setAutoWidth(true);
    if (admin) {
      grid.addColumn(ApiTokenSummary::owner).setHeader("Owner").setAutoWidth(true);
    }
    grid.addColumn(ApiTokenSummary::hint).setHeader("Starts with").setAutoWidth(true);
    grid.addColumn(t -> when(t.createdAt())).setHeader("Created").setAutoWidth(true);
    grid.addColumn(t -> when(t.expiresAt())).setHeader("Expires").setAutoWidth(true);
    grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt()))
        .setHeader("Last used")
        .setAutoWidth(true);
    grid.addColumn(ApiTokenSummary::state).setHeader("State").setAutoWidth(true);
    grid.addComponentColumn(
            t -> {
              Button revoke = new Button("Revoke", click -> revoke(t));
              revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
              revoke.setEnabled(t.revokedAt() == null);
              revoke.setId("revoke-" + t.id());
              return revoke;
            })
        .setAutoWidth(true);
    grid.setAllRowsVisible(false);
  }

  void create() {
    Notices.attempt(
        () -> {
          ApiTokenIssued issued = tokens.create(name.getValue(), days.getValue());
          name.clear();
          refresh();
          showOnce(issued);
        });
  }

  void revoke(ApiTokenSummary token) {
    if (Notices.attempt(() -> tokens.revoke(token.id()))) {
      Notices.success("Revoked the token '" + token.name() + "'. It no longer works.");
      refresh();
    }
  }

  List<ApiTokenSummary> shown() {
    return admin ? tokens.all() : tokens.mine();
  }

  private void refresh() {
    grid.setItems(shown());
  }

  private void showOnce(ApiTokenIssued issued) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Token '" + issued.token().name() + "' created");
    secret.setId("new-token");
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setValue(issued.secret());
    Button done = new Button("I have copied it", click -> dialog.close());
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(
        new Paragraph(
            "Copy the token now: it is shown only this once and ClaimDesk keeps only a hash of"
                + " it. It works until "
                + when(issued.token().expiresAt())
                + "."),
        secret);
    dialog.getFooter().add(done);
    dialog.setWidth("40rem");
    dialog.open();
  }

  private static String when(@Nullable Instant instant) {
    return DeskFormat.dateTime(instant);
  }
}
