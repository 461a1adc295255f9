package org.claimdesk.operations;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means the database is away (down, unreachable, closed after a full
 * disk) rather than a mistake in what was asked, and says so in words a person can act on.
 */
public final class DatabaseOutage {

  /** What a person sees while the database cannot be reached. */
  public static final String UNREACHABLE =
      "The database cannot be reached; your work is kept and we keep trying.";

  /** What a person sees when the embedded database's disk is full. */
  public static final String DISK_FULL =
      "The disk that holds the desk's data is full, so nothing could be saved; your work is kept."
          + " Ask an admin to free some space: the desk carries on by itself once there is room.";

  // H2: database closed (after a fatal write error), disk full, file corrupted by a failed write.
  private static final int H2_CLOSED = 90098;
  private static final int H2_DISK_FULL = 90100;
  private static final int H2_CLOSED_AT_SHUTDOWN = 90121;

  private DatabaseOutage() {}

  /** Whether the failure, or one of its causes, says the database is away. */
  public static boolean isOutage(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof org.hibernate.exception.JDBCConnectionException
          || isDiskFull(t)) {
        return true;
      }
      if (t instanceof SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // Hikari's proxy of a connection it has just evicted as broken, e.g. when a transaction
        // that failed on a dead connection is rolled back.
        if ("Connection is closed".equals(e.getMessage())) {
          return true;
        }
        if (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || e.getErrorCode() == H2_CLOSED
            || e.getErrorCode() == H2_CLOSED_AT_SHUTDOWN) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isDiskFull(Throwable t) {
    if (t instanceof SQLException e && e.getErrorCode() == H2_DISK_FULL) {
      return true;
    }
    String message = t.getMessage();
    return message != null && message.contains("No space left on device");
  }

  /** The sentence for a person, or null when the failure is not an outage. */
  public static @org.jspecify.annotations.Nullable String describe(Throwable error) {
    if (!isOutage(error)) {
      return null;
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (isDiskFull(t)) {
        return DISK_FULL;
      }
    }
    return UNREACHABLE;
  }
}
