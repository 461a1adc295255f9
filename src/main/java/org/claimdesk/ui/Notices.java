package org.claimdesk.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short messages in the bottom corner, away from the text being edited, one at a time: a new notice
 * replaces the previous one, and a success clears an error that it has put right.
 */
public final class Notices {

  private static final Notification.Position WHERE = Notification.Position.BOTTOM_END;

  private Notices() {}

  public static void success(String message) {
    Notification n = new Notification(message, 4000, WHERE);
    n.addThemeVariants(NotificationVariant.SUCCESS);
    n.setId("notice-success");
    show(n);
  }

  public static void error(Throwable error) {
    error(ErrorMessages.describe(error));
  }

  /** An error stays until replaced or put right by the next successful action. */
  public static void error(String message) {
    Notification n = new Notification(message, 12000, WHERE);
    n.addThemeVariants(NotificationVariant.ERROR);
    n.setId("notice-error");
    n.getElement().setAttribute("role", "alert");
    show(n);
  }

  /** Closes the notice on screen, e.g. once the problem it told of is fixed. */
  public static void clear() {
    UI ui = UI.getCurrent();
    if (ui != null) {
      Notification shown = ComponentUtil.getData(ui, Notification.class);
      if (shown != null) {
        shown.close();
        ComponentUtil.setData(ui, Notification.class, null);
      }
    }
  }

  private static void show(Notification n) {
    clear();
    UI ui = UI.getCurrent();
    if (ui != null) {
      ComponentUtil.setData(ui, Notification.class, n);
    }
    n.open();
  }

  /** Runs an action and reports its failure instead of letting it escape as an error page. */
  public static boolean attempt(Runnable action) {
    try {
      action.run();
      clear();
      return true;
    } catch (RuntimeException e) {
      error(e);
      return false;
    }
  }
}
