package org.claimdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.PendingEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log's public entry point for events that are not entity changes (those are
 * captured by {@link EntityChangeCapture}): an entry is written in the caller's transaction, or in
 * one of its own when there is none. Nothing here changes or deletes an entry.
 */
@Component
public class AuditLog {

  private final DataSource dataSource;

  AuditLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Records a security event done by the signed-in person (or "system").
   *
   * @param subject what it concerns, e.g. the username whose token was created
   * @param details further facts, e.g. {@code Map.of("token", "laptop")}; never secrets
   */
  @Transactional
  public void recordSecurityEvent(
      SecurityEvent event, @Nullable String subject, Map<String, ?> details) {
    recordSecurityEvent(currentActor(), event, subject, details);
  }

  /** Records a security event done by {@code actor}, e.g. the name given at a failed sign-in. */
  @Transactional
  public void recordSecurityEvent(
      String actor, SecurityEvent event, @Nullable String subject, Map<String, ?> details) {
    append(List.of(PendingEntry.security(actor, event.name(), subject, Map.copyOf(details))));
  }

  void append(List<PendingEntry> entries) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      AuditStore.append(c, entries);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the audit log", e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.isAuthenticated() && auth.getName() != null
        ? auth.getName()
        : AuditRevisionListener.SYSTEM;
  }
}
