package org.claimdesk.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * What a transaction that writes thousands of rows by id (an automatic assignment of 10,000 claims:
 * as many {@code update claim ... where id = ?}, and the same multi-row inserts again and again)
 * asks of PostgreSQL: to plan each statement once. The desk's connections plan every execution for
 * its own values ({@code claims.PostgresCustomPlans}, for the queue's filters on skewed columns);
 * for keyed writes that plan is always the same, and planning them was over a third of the server's
 * CPU in {@code AssignmentBenchmark} (docs/design-decisions/assignment-speed.md). The setting holds
 * for the caller's transaction only ({@code SET LOCAL}). H2 has no such setting and needs none.
 */
@Component
public class BulkTransaction {

  @PersistenceContext private EntityManager entityManager;
  private final boolean postgres;

  BulkTransaction(DataSource dataSource) {
    this.postgres = isPostgres(dataSource);
  }

  /** Whether the desk's database is PostgreSQL (and not the embedded H2). */
  public static boolean isPostgres(DataSource dataSource) {
    try (var c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      return false;
    }
  }

  /** Plans this transaction's statements once (generic plans), on PostgreSQL. */
  public void planStatementsOnce() {
    if (postgres) {
      entityManager
          .createNativeQuery("set local plan_cache_mode = force_generic_plan")
          .executeUpdate();
    }
  }
}
