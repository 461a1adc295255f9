package org.claimdesk.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reason a person gave for a change (a dismissal, a returned verdict, a retraction), kept with
 * the current transaction so that the audit revision it writes says why. Services record it; the
 * audit feature reads it when the revision is written at commit.
 */
public final class ChangeReason {

  /** As long as the audit revision's reason column. */
  public static final int MAX_LENGTH = 1000;

  private static final Object KEY = ChangeReason.class;

  private ChangeReason() {}

  /** Records the reason on the transaction in progress; a blank reason records nothing. */
  public static void record(@Nullable String reason) {
    if (reason == null
        || reason.isBlank()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    String text = reason.strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH - 1) + "…";
    }
    if (TransactionSynchronizationManager.hasResource(KEY)) {
      TransactionSynchronizationManager.unbindResource(KEY);
    } else {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
          });
    }
    TransactionSynchronizationManager.bindResource(KEY, text);
  }

  /** The reason recorded in the current transaction, if any. */
  public static @Nullable String current() {
    return TransactionSynchronizationManager.getResource(KEY) instanceof String s ? s : null;
  }
}
