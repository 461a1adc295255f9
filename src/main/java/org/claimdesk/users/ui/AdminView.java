package org.claimdesk.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.operations.LastBackupPanel;
import org.claimdesk.ui.DeskFormat;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.PasswordPolicy;
import org.claimdesk.users.Role;
import org.claimdesk.users.Roles;
import org.claimdesk.users.User;
import org.claimdesk.users.UserService;
import org.claimdesk.users.UserSummary;

/**
 * Admin: create accounts, set roles, languages, beats, capacity and availability, deactivate and
 * reset passwords.
 */
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
    // Issue 12: the search index's rebuild lives on a page of its own (search/ui/SearchIndexView).
    add(
        new com.vaadin.flow.component.html.Anchor(
            "admin/search-index", "Rebuild the search index…"));
    add(new com.vaadin.flow.component.html.Anchor("admin/desk-export", "Export the whole desk…"));
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

  /**
   * Fixed widths that fit the page at 1400 px without sideways scrolling, every header in full;
   * wider pages give the names the room. Long values wrap, and the four actions go on two lines.
   */
  private void configureGrid() {
    grid.setId("users-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(UserSummary::username).setHeader("Username").setWidth("6.5rem").setFlexGrow(1);
    grid.addColumn(UserSummary::displayName).setHeader("Name").setWidth("8rem").setFlexGrow(2);
    grid.addColumn(
            u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
        .setHeader("Roles")
        .setWidth("7rem")
        .setFlexGrow(1);
    grid.addColumn(u -> String.join(", ", u.languages()))
        .setHeader("Languages")
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addColumn(u -> String.join(", ", u.beats()))
        .setHeader("Beats")
        .setWidth("5rem")
        .setFlexGrow(1);
    grid.addColumn(UserSummary::capacity).setHeader("Capacity").setWidth("6.5rem").setFlexGrow(0);
    grid.addColumn(
            u ->
                u.awayUntil() == null
                    ? "Available"
                    : "Away until " + DeskFormat.date(u.awayUntil()))
        .setHeader("Availability")
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.addColumn(u -> u.active() ? "Active" : "Deactivated")
        .setHeader("State")
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addComponentColumn(this::actions).setHeader("Actions").setWidth("15rem").setFlexGrow(0);
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
    Button work = new Button("Work", click -> editWork(user));
    work.setId("work-" + user.username());
    for (Button b : new Button[] {editRoles, work, toggle, reset}) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    HorizontalLayout actions = new HorizontalLayout(editRoles, work, toggle, reset);
    actions.setWrap(true);
    actions.setSpacing(false);
    actions.getStyle().set("gap", "0 0.25rem");
    return actions;
  }

  /** The fields automatic assignment reads: languages, beats, capacity and availability. */
  WorkDialog editWork(UserSummary user) {
    WorkDialog dialog = new WorkDialog(user);
    dialog.open();
    return dialog;
  }

  /** Languages, beats, capacity and availability of one person. */
  final class WorkDialog extends Dialog {
    final TextField languages = new TextField("Languages");
    final TextField beats = new TextField("Beats");
    final IntegerField capacity = new IntegerField("Capacity");
    final DatePicker awayUntil = DeskFormat.datePicker(new DatePicker("Away until"));
    final Button save = new Button("Save");
    private final UserSummary user;

    WorkDialog(UserSummary user) {
      super("Work of " + user.username());
      this.user = user;
      languages.setValue(String.join(", ", user.languages()));
      languages.setHelperText("ISO codes separated by commas, e.g. en, fr");
      beats.setValue(String.join(", ", user.beats()));
      beats.setHelperText("Tags separated by commas, e.g. health, elections");
      capacity.setValue(user.capacity());
      capacity.setMin(0);
      capacity.setMax(User.MAX_CAPACITY);
      capacity.setHelperText("Open assignments at most");
      awayUntil.setValue(user.awayUntil());
      awayUntil.setClearButtonVisible(true);
      awayUntil.setHelperText("Last day away; empty means available");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      save.addClickListener(click -> save());
      add(new FormLayout(languages, beats, capacity, awayUntil));
      getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
      Integer cap = capacity.getValue();
      if (cap == null) {
        Notices.error("Enter a capacity: the most open assignments this person takes.");
        return;
      }
      if (Notices.attempt(
          () -> {
            users.updateProfile(
                user.id(),
                user.displayName(),
                List.of(languages.getValue()),
                List.of(beats.getValue()));
            users.setCapacity(user.id(), cap);
            users.setAvailability(user.id(), awayUntil.getValue());
          })) {
        close();
        refresh();
      }
    }
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
