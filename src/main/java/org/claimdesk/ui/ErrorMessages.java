package org.claimdesk.ui;

import org.claimdesk.operations.DatabaseOutage;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Turns any failure into a sentence a person can act on; the detail goes to the log. */
public final class ErrorMessages {

  private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

  private ErrorMessages() {}

  /** Whether the failure is somebody else's earlier save of the same thing. */
  public static boolean isConflict(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConflictException || t instanceof OptimisticLockingFailureException) {
        return true;
      }
    }
    return false;
  }

  public static String describe(Throwable error) {
    String outage = DatabaseOutage.describe(error);
    if (outage != null) {
      log.warn("Database unavailable: {}", error.toString());
      return outage;
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UserFacingException e) {
        return e.getMessage();
      }
      if (t instanceof OptimisticLockingFailureException) {
        return "Somebody else has changed this item while you were editing it. Reload to see"
            + " their change; your text is kept in the form.";
      }
      if (t instanceof AccessDeniedException) {
        return "Your role does not allow this. Ask an editor or an admin.";
      }
    }
    log.error("Unexpected error shown to a user as a generic message", error);
    return "Something went wrong and nothing was changed. Try again; if it keeps happening,"
        + " tell an admin the time it happened.";
  }
}
