package org.claimdesk.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Shows "120 / 4,000 characters" under a text field as the person types, up to its limit. */
public final class CharacterCounter {

  private CharacterCounter() {}

  public static TextArea limit(TextArea area, int max) {
    area.setMaxLength(max);
    area.setValueChangeMode(ValueChangeMode.TIMEOUT);
    area.setValueChangeTimeout(300);
    show(area.getValue().length(), max, area::setHelperText);
    area.addValueChangeListener(e -> show(e.getValue().length(), max, area::setHelperText));
    return area;
  }

  public static TextField limit(TextField field, int max) {
    field.setMaxLength(max);
    field.setValueChangeMode(ValueChangeMode.TIMEOUT);
    field.setValueChangeTimeout(300);
    show(field.getValue().length(), max, field::setHelperText);
    field.addValueChangeListener(e -> show(e.getValue().length(), max, field::setHelperText));
    return field;
  }

  private static void show(int length, int max, java.util.function.Consumer<String> helper) {
    helper.accept(String.format("%,d / %,d characters", length, max));
  }
}
