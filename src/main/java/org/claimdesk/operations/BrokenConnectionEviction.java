package org.claimdesk.operations;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the pool to drop a connection whose database was closed under it: H2 closes itself after a
 * fatal write error such as a full disk, and its error codes are not among those the pool knows, so
 * without this the pool would keep lending dead connections until a restart. Set through {@code
 * spring.datasource.hikari.exception-override-class-name}.
 */
public final class BrokenConnectionEviction implements SQLExceptionOverride {

  @java.lang.Override
  public SQLExceptionOverride.Override adjudicate(SQLException e) {
    return DatabaseOutage.isOutage(e)
        ? SQLExceptionOverride.Override.MUST_EVICT
        : SQLExceptionOverride.Override.CONTINUE_EVICT;
  }
}
