package org.claimdesk.verdicts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.ui.Notices;
import org.claimdesk.users.Roles;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.RatingDefinition;
import org.claimdesk.verdicts.RatingScale;

/**
 * Admin: the desk's rating scale. Labels, definitions, order from best to worst, which ratings are
 * for attributed statements, and retiring a rating that new verdicts should no longer use.
 */
@Route("admin/ratings")
@PageTitle("Rating scale · ClaimDesk")
@Menu(title = "Rating scale", order = 7.2)
@RolesAllowed(Roles.ADMIN)
public class RatingScaleView extends VerticalLayout {

  private final RatingScale scale;
  private final Grid<RatingDefinition> grid = new Grid<>(RatingDefinition.class, false);

  public RatingScaleView(RatingScale scale) {
    this.scale = scale;
    addClassName("rating-scale-view");
    setSizeFull();
    add(
        new H2("Rating scale"),
        new Paragraph(
            "Best first. A retired rating stays on the verdicts that have it; new verdicts cannot"
                + " use it. The position gives ClaimReview its ratingValue."));
    grid.setId("rating-scale");
    grid.addColumn(RatingDefinition::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(RatingDefinition::code).setHeader("Code").setAutoWidth(true);
    grid.addColumn(RatingDefinition::label).setHeader("Label").setAutoWidth(true);
    grid.addColumn(RatingDefinition::definition).setHeader("Definition").setFlexGrow(3);
    grid.addColumn(d -> d.attributedOnly() ? "attributed statements" : "all statements")
        .setHeader("For")
        .setAutoWidth(true);
    grid.addColumn(d -> d.retired() ? "retired" : "in use").setHeader("State").setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(grid);
    Button add = new Button("Add a rating", e -> openAdd());
    add.setId("add-rating");
    add(add);
    refresh();
  }

  private void refresh() {
    grid.setItems(scale.current().inOrder());
  }

  private HorizontalLayout actions(RatingDefinition d) {
    Button up = small("↑", "rating-up-" + d.code(), () -> scale.move(d.rating(), d.version(), -1));
    up.getElement().setAttribute("aria-label", "Move " + d.label() + " up (better)");
    Button down =
        small("↓", "rating-down-" + d.code(), () -> scale.move(d.rating(), d.version(), 1));
    down.getElement().setAttribute("aria-label", "Move " + d.label() + " down (worse)");
    Button edit = new Button("Edit", e -> openEdit(d));
    edit.setId("rating-edit-" + d.code());
    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button retire =
        d.retired()
            ? small(
                "Reinstate",
                "rating-reinstate-" + d.code(),
                () -> scale.reinstate(d.rating(), d.version()))
            : small(
                "Retire", "rating-retire-" + d.code(), () -> scale.retire(d.rating(), d.version()));
    return new HorizontalLayout(up, down, edit, retire);
  }

  private Button small(String text, String id, Runnable action) {
    Button button =
        new Button(
            text,
            e -> {
              if (Notices.attempt(action)) {
                refresh();
              }
            });
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return button;
  }

  private void openEdit(RatingDefinition d) {
    Dialog dialog = new Dialog("Edit " + d.code());
    dialog.setId("rating-edit-dialog");
    TextField label = labelField();
    label.setValue(d.label());
    TextArea definition = definitionField();
    definition.setValue(d.definition());
    Checkbox attributed = attributedField();
    attributed.setValue(d.attributedOnly());
    Button save =
        new Button(
            "Save",
            e -> {
              if (Notices.attempt(
                  () ->
                      scale.describe(
                          d.rating(),
                          d.version(),
                          label.getValue(),
                          definition.getValue(),
                          attributed.getValue()))) {
                Notices.success("Rating saved.");
                dialog.close();
                refresh();
              }
            });
    save.setId("rating-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(label, definition, attributed));
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private void openAdd() {
    Dialog dialog = new Dialog("Add a rating");
    dialog.setId("rating-add-dialog");
    TextField code = new TextField("Code");
    code.setId("rating-code");
    code.setMaxLength(Rating.CODE_MAX_LENGTH);
    code.setHelperText("Capital letters, digits and underscores, e.g. LACKS_CONTEXT.");
    TextField label = labelField();
    TextArea definition = definitionField();
    Checkbox attributed = attributedField();
    Button save =
        new Button(
            "Add",
            e -> {
              if (Notices.attempt(
                  () ->
                      scale.add(
                          Rating.valueOf(code.getValue()),
                          label.getValue(),
                          definition.getValue(),
                          attributed.getValue()))) {
                Notices.success("Rating added at the end of the scale; move it to its place.");
                dialog.close();
                refresh();
              }
            });
    save.setId("rating-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(code, label, definition, attributed));
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private static TextField labelField() {
    TextField label = new TextField("Label");
    label.setId("rating-label");
    label.setMaxLength(80);
    return label;
  }

  private static TextArea definitionField() {
    TextArea definition = new TextArea("Definition");
    definition.setId("rating-definition");
    definition.setMaxLength(500);
    return definition;
  }

  private static Checkbox attributedField() {
    Checkbox attributed = new Checkbox("Only for attributed statements (was it said?)");
    attributed.setId("rating-attributed");
    return attributed;
  }
}
