package org.claimdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The queue's unfiltered counts on PostgreSQL come from the table that triggers keep, not from
 * every claim: they must stay exactly what counting the claims gives, whatever writes the claims
 * (the services, a bulk statement, a delete).
 */
@IntegrationTest
class PostgresStatusCountsTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
  }

  @Autowired ClaimService claims;
  @Autowired DataSource dataSource;

  @Test
  void the_counts_above_the_queue_follow_every_change_to_the_claims() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    SignedIn.as(
        "maria",
        Role.EDITOR,
        () -> {
          Map<ClaimStatus, Long> before = claims.countsByStatus(ClaimFilter.all());
          assertThat(before).isEqualTo(counted(sql));

          ClaimSummary a = claims.create("Unemployment fell to 3 percent last year", "A", null);
          ClaimSummary b = claims.create("The bridge cost twice its budget", "B", null);
          ClaimSummary c = claims.create("Crime doubled in the city since 2020", "C", null);
          claims.changeStatus(a.id(), a.version(), ClaimStatus.ACCEPTED, null);
          claims.changeStatus(b.id(), b.version(), ClaimStatus.DISMISSED, "not checkable");
          claims.merge(
              a.id(),
              claims.find(a.id()).orElseThrow().version(),
              c.id(),
              claims.find(c.id()).orElseThrow().version());

          Map<ClaimStatus, Long> after = claims.countsByStatus(ClaimFilter.all());
          assertThat(after).isEqualTo(counted(sql));
          assertThat(after.get(ClaimStatus.ACCEPTED) - before.get(ClaimStatus.ACCEPTED))
              .isEqualTo(1);
          assertThat(after.get(ClaimStatus.DISMISSED) - before.get(ClaimStatus.DISMISSED))
              .as("the dismissed claim and the merged one")
              .isEqualTo(2);

          // Bulk statements that bypass the services are counted too.
          sql.update("update claim set status = 'NEW' where id in (?, ?)", b.id(), c.id());
          assertThat(claims.countsByStatus(ClaimFilter.all())).isEqualTo(counted(sql));
          sql.update("delete from claim where id = ?", b.id());
          Map<ClaimStatus, Long> end = claims.countsByStatus(ClaimFilter.all());
          assertThat(end).isEqualTo(counted(sql));
          assertThat(end.get(ClaimStatus.NEW) - before.get(ClaimStatus.NEW)).isEqualTo(1);

          // A filtered count still counts the matching claims.
          assertThat(
                  claims
                      .countsByStatus(ClaimFilter.all().withStatuses(Set.of(ClaimStatus.NEW)))
                      .get(ClaimStatus.NEW))
              .isEqualTo(end.get(ClaimStatus.NEW));
        });
  }

  @Test
  void folding_the_changes_together_keeps_the_counts() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    SignedIn.as(
        "maria",
        Role.EDITOR,
        () -> {
          for (int i = 0; i < 30; i++) {
            claims.create("Statement number " + i + " about the harbour budget", null, null);
          }
          sql.execute("select claim_status_count_fold()");
          assertThat(sql.queryForObject("select count(*) from claim_status_count", Long.class))
              .isLessThanOrEqualTo(ClaimStatus.values().length);
          assertThat(claims.countsByStatus(ClaimFilter.all())).isEqualTo(counted(sql));
        });
  }

  @Test
  void every_connection_plans_the_queue_for_the_values_it_is_given() {
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    // A generic plan of the speaker filter walks every claim for a rare speaker.
    for (int i = 0; i < 3; i++) {
      assertThat(sql.queryForObject("show plan_cache_mode", String.class))
          .isEqualTo("force_custom_plan");
    }
  }

  private static Map<ClaimStatus, Long> counted(JdbcTemplate sql) {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      counts.put(s, 0L);
    }
    sql.query(
        "select status, count(*) from claim group by status",
        row -> {
          counts.put(ClaimStatus.valueOf(row.getString(1)), row.getLong(2));
        });
    return counts;
  }
}
