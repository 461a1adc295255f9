package org.claimdesk.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bell in the shell needs from the signed-in person's notifications; the notifications
 * feature provides it, so the shell depends on no feature.
 */
public interface Inbox {

  /** One notification as the bell lists it; {@code link} is a route such as "claims/12". */
  record Entry(String message, @Nullable String link, boolean read) {}

  long unreadCount();

  List<Entry> newest(int limit);

  void markAllRead();
}
