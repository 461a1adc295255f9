package org.claimdesk.desk.ui;

import com.vaadin.flow.component.button.Button;

/**
 * A button that writes: the browser disables it as soon as it is clicked and it is enabled again
 * when the request has run, so that a double click acts once.
 */
final class WriteButton {

  private WriteButton() {}

  static Button of(String text, Runnable action) {
    Button button = new Button(text);
    button.setDisableOnClick(true);
    button.addClickListener(
        e -> {
          try {
            action.run();
          } finally {
            e.getSource().setEnabled(true);
          }
        });
    return button;
  }
}
