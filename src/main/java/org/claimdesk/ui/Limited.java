package org.claimdesk.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntFunction;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;

/**
 * Text inputs with a length limit that the person can see: the browser stops typing at the limit
 * and a counter under the field says how much is used.
 */
public final class Limited {

  private Limited() {}

  public static TextArea area(String id, String label, int max) {
    TextArea area = new TextArea(label);
    area.setId(id);
    area.setMaxLength(max);
    area.setWidthFull();
    // Not on every key: a long text would travel to the server with each one.
    area.setValueChangeMode(ValueChangeMode.TIMEOUT);
    area.setValueChangeTimeout(300);
    area.addValueChangeListener(e -> area.setHelperText(counter(e.getValue(), max)));
    area.setHelperText(counter("", max));
    return area;
  }

  /**
   * A long text area that takes a paste of any length, so that the browser never cuts it silently
   * at its limit: a text over {@code max} is kept whole in the field and marked invalid with {@code
   * tooLong}'s message, for the person to shorten or split; saving it is refused by the service.
   */
  public static TextArea uncut(String id, String label, int max, IntFunction<String> tooLong) {
    TextArea area = new TextArea(label);
    area.setId(id);
    area.setWidthFull();
    area.setValueChangeMode(ValueChangeMode.TIMEOUT);
    area.setValueChangeTimeout(300);
    area.addValueChangeListener(e -> checkLength(area, max, tooLong));
    area.setHelperText(counter("", max));
    return area;
  }

  /** Marks the area invalid when its text is over {@code max}; true when the text fits. */
  public static boolean checkLength(TextArea area, int max, IntFunction<String> tooLong) {
    int length = area.getValue().length();
    area.setHelperText(counter(area.getValue(), max));
    if (length > max) {
      area.setErrorMessage(tooLong.apply(length));
      area.setInvalid(true);
      return false;
    }
    area.setInvalid(false);
    return true;
  }

  public static TextField field(String id, String label, int max) {
    TextField field = new TextField(label);
    field.setId(id);
    field.setMaxLength(max);
    field.setWidthFull();
    field.setValueChangeMode(ValueChangeMode.TIMEOUT);
    field.setValueChangeTimeout(300);
    field.addValueChangeListener(e -> field.setHelperText(counter(e.getValue(), max)));
    field.setHelperText(counter("", max));
    return field;
  }

  /** A web address field that says at once when the address is not http or https. */
  public static TextField url(String id, String label) {
    TextField field = new TextField(label);
    field.setId(id);
    field.setMaxLength(WebAddress.MAX_LENGTH);
    field.setWidthFull();
    field.setPlaceholder("https://...");
    field.setHelperText("http or https only");
    field.setValueChangeMode(ValueChangeMode.ON_BLUR);
    field.addValueChangeListener(
        e -> {
          try {
            WebAddress.checkOptional(e.getValue());
            field.setInvalid(false);
          } catch (UserFacingException refused) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
          }
        });
    return field;
  }

  public static String counter(String value, int max) {
    int length = value == null ? 0 : value.length();
    return String.format("%,d / %,d characters", length, max);
  }
}
