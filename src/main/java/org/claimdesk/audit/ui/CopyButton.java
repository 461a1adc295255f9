package org.claimdesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Supplier;
import org.claimdesk.ui.Notices;

/** A button that puts a text on the clipboard through the browser's own clipboard API. */
final class CopyButton extends Button {

  CopyButton(String label, Supplier<String> text) {
    super(label);
    addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    addClickListener(
        e -> {
          getElement().executeJs("return navigator.clipboard.writeText($0)", text.get());
          Notices.success("Copied.");
        });
  }
}
