package org.claimdesk.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.operations.LastBackupPanel;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.PasswordPolicy;
import org.claimdesk.users.Role;
import org.claimdesk.users.Roles;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;

/** Admin: create accounts, set roles, deactivate and reset passwords. */
@Route("admin")
@PageTitle("Admin · ClaimDesk")
@Menu(title = "Admin", order = 7)
@RolesAllowed(Roles.ADMIN)
public class AdminView extends VerticalLayout {

  private final UserService users;
  private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

  final TextField username = new TextField("Username");
  final TextField displayName = new TextField("Name");
  final PasswordField password = new PasswordField("Password");
  final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
  final Button create = new Button("Create user");

  public AdminView(UserService users) {
    this.users = users;
    addClassName("admin-view");
    setSizeFull();
    add(new H2("New user"), newUserForm(), new H2("Users"), grid);
    add(new LastBackupPanel());
    configureGrid();
    refresh();
  }

  private FormLayout newUserForm() {
    username.setId("new-username");
    username.setMaxLength(64);
    displayName.setId("new-display-name");
    displayName.setMaxLength(200);
    password.setId("new-password");
    password.setHelperText(PasswordPolicy.describe() + " Tell the person to keep it private.");
    roles.setId("new-roles");
    roles.setItems(Role.values());
    roles.setItemLabelGenerator(Role::label);
    create.setId("create-user");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> create());
    return new FormLayout(username, displayName, password, roles, create);
  }

  void create() {
    NewUser request =
        new NewUser(
            username.getValue(),
            displayName.getValue(),
            password.getValue(),
            roles.getValue(),
            null,
            null);
    if (Notices.attempt(
        () -> Notices.success("Created " + users.createUser(request).username() + "."))) {
      username.clear();
      displayName.clear();
      password.clear();
      roles.clear();
      refresh();
    }
  }

  private void configureGrid() {
    grid.setId("users-grid");
    grid.addColumn(UserSummary::username).setHeader("Username");
    grid.addColumn(UserSummary::displayName).setHeader("Name");
    grid.addColumn(
            u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
        .setHeader("Roles");
    grid.addColumn(u -> u.active() ? "Active" : "Deactivated").setHeader("State");
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
  }

  private HorizontalLayout actions(UserSummary user) {
    Button editRoles = new Button("Roles", click -> editRoles(user));
    Button toggle =
        new Button(
            user.active() ? "Deactivate" : "Activate",
            click -> {
              if (Notices.attempt(() -> users.setActive(user.id(), !user.active()))) {
                refresh();
              }
            });
    Button reset = new Button("Reset password", click -> resetPassword(user));
    for (Button b : new Button[] {editRoles, toggle, reset}) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    return new HorizontalLayout(editRoles, toggle, reset);
  }

  private void editRoles(UserSummary user) {
    Dialog dialog = new Dialog("Roles of " + user.username());
    CheckboxGroup<Role> choice = new CheckboxGroup<>();
    choice.setItems(Role.values());
    choice.setItemLabelGenerator(Role::label);
    choice.setValue(user.roles().isEmpty() ? Set.of() : EnumSet.copyOf(user.roles()));
    Button save =
        new Button(
            "Save",
            click -> {
              if (Notices.attempt(() -> users.setRoles(user.id(), choice.getValue()))) {
                dialog.close();
                refresh();
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(choice);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
    dialog.open();
  }

  private void resetPassword(UserSummary user) {
    Dialog dialog = new Dialog("New password for " + user.username());
    PasswordField newPassword = new PasswordField("New password");
    newPassword.setHelperText(PasswordPolicy.describe());
    Button save =
        new Button(
            "Set password",
            click -> {
              if (Notices.attempt(() -> users.resetPassword(user.id(), newPassword.getValue()))) {
                Notices.success("Password of " + user.username() + " changed.");
                dialog.close();
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(newPassword);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
    dialog.open();
  }

  private void refresh() {
    grid.setItems(users.listUsers());
  }
}
