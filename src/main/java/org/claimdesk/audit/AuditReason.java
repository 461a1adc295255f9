package org.claimdesk.audit;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The reason a person gave for a change ("correction after new evidence"), carried to the audit
 * revision of the transaction that makes the change.
 */
public final class AuditReason {

  private static final ThreadLocal<@Nullable String> REASON = new ThreadLocal<>();

  private AuditReason() {}

  /** Runs the work with the reason recorded on the revisions it writes. */
  public static <T> T with(@Nullable String reason, Supplier<T> work) {
    String previous = REASON.get();
    REASON.set(reason == null || reason.isBlank() ? null : reason.strip());
    try {
      return work.get();
    } finally {
      REASON.set(previous);
    }
  }

  static @Nullable String current() {
    return REASON.get();
  }
}
