package org.claimdesk.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages in the corner of the screen: success, or what went wrong and what to do. */
public final class Notices {

  private Notices() {}

  public static void success(String message) {
    Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.SUCCESS);
  }

  public static void error(Throwable error) {
    error(ErrorMessages.describe(error));
  }

  public static void error(String message) {
    Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.ERROR);
  }

  /** Runs an action and reports its failure instead of letting it escape as an error page. */
  public static boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (RuntimeException e) {
      error(e);
      return false;
    }
  }
}
