package org.claimdesk.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps the keyboard's place when a page redraws part of itself after a save: the element that had
 * the focus (by id, or failing that the nearest element with an id around it) gets it back, so that
 * a person working with the keyboard alone is not sent back to the top of the page.
 */
public final class FocusKeeper {

  private FocusKeeper() {}

  /**
   * Starts noting, in the browser, which element with an id inside {@code area} last had the focus.
   * Call once, when the area is created.
   */
  public static void watch(Component area) {
    area.getElement()
        .executeJs(
            "const area = this;"
                + " if (area.__focusWatched) return; area.__focusWatched = true;"
                + " area.addEventListener('focusin', e => {"
                + "   const ids = [];"
                + "   for (const el of e.composedPath()) {"
                + "     if (el === area) break;"
                + "     if (el.id && el.getRootNode() === document) ids.push(el.id);"
                + "   }"
                + "   area.__focusIds = ids;"
                + " });");
  }

  /**
   * After a redraw: when the focus fell out of {@code area} (its element was replaced), gives it to
   * the element with the same id as before, or to the nearest surrounding element that is still
   * there, or to {@code fallbackId} (an element made focusable for the purpose).
   */
  public static void restore(Component area, String fallbackId) {
    area.getElement()
        .executeJs(
            "const area = this;"
                + " const again = () => {"
                + "   const now = document.activeElement;"
                + "   if (now && now !== document.body && area.contains(now)) return;"
                + "   for (const id of (area.__focusIds || []).concat([$0])) {"
                + "     const el = document.getElementById(id);"
                + "     if (!el || !area.contains(el)) continue;"
                + "     if (el.hasAttribute('disabled')) continue;"
                + "     if (!el.hasAttribute('tabindex') && el.tabIndex < 0"
                + "         && !el.localName.startsWith('vaadin-')) {"
                + "       el.setAttribute('tabindex', '-1');"
                + "     }"
                + "     el.focus({focusVisible: true});"
                + "     if (document.activeElement !== document.body) return;"
                + "   }"
                + " };"
                + " requestAnimationFrame(() => setTimeout(again, 0));",
            fallbackId);
  }
}
