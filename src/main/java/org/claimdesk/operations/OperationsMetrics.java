package org.claimdesk.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.NameMatchMethodPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

/**
 * The desk's own metrics beside Spring Boot's request timings ({@code http.server.requests}):
 * ingest timings, queue sizes, failed sign-ins. Scraped at {@code /actuator/prometheus}.
 */
@Configuration
class OperationsMetrics {

  static final String CLAIM_STATUSES_SQL = "select status, count(*) from claim group by status";
  static final List<String> STATUSES =
      List.of(
          "NEW",
          "ACCEPTED",
          "DISMISSED",
          "ASSIGNED",
          "IN_REVIEW",
          "VERDICT_PROPOSED",
          "APPROVED",
          "PUBLISHED",
          "REOPENED");

  private final MeterRegistry registry;

  OperationsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Failed sign-ins by reason; an outage counts apart, since it says nothing about passwords. */
  @EventListener
  void onSignInFailure(AbstractAuthenticationFailureEvent event) {
    Exception e = event.getException();
    String reason =
        DatabaseOutage.isOutage(e)
            ? "database_unavailable"
            : e instanceof LockedException
                ? "locked"
                : e instanceof BadCredentialsException ? "bad_credentials" : "other";
    Counter.builder("claimdesk.signin.failures")
        .description("Failed sign-ins")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** Times every call of DocumentService.ingest (the extraction and the save). */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor ingestTiming(
      org.springframework.beans.factory.ObjectProvider<MeterRegistry> meters) {
    NameMatchMethodPointcut pointcut = new NameMatchMethodPointcut();
    pointcut.setMappedName("ingest*");
    pointcut.setClassFilter(
        type -> type.getName().equals("org.claimdesk.documents.DocumentService"));
    MethodInterceptor timing =
        invocation -> {
          Timer.Sample sample = Timer.start();
          String outcome = "failure";
          try {
            Object result = invocation.proceed();
            outcome = "success";
            return result;
          } finally {
            sample.stop(
                Timer.builder("claimdesk.ingest")
                    .description("Saving a document: extraction and storage")
                    .tag("outcome", outcome)
                    .register(meters.getObject()));
          }
        };
    return new DefaultPointcutAdvisor(pointcut, timing);
  }

  /** Claims per status and overdue follow-ups, counted at most every 30 seconds. */
  @Bean
  QueueSizes queueSizes(JdbcTemplate jdbc) {
    QueueSizes sizes = new QueueSizes(jdbc, Clock.systemUTC());
    for (String status : STATUSES) {
      Gauge.builder("claimdesk.claims", sizes, s -> s.claims(status))
          .description("Claims in each status")
          .tag("status", status)
          .register(registry);
    }
    Gauge.builder("claimdesk.followups.overdue", sizes, QueueSizes::overdueFollowUps)
        .description("Open follow-ups past their due date")
        .register(registry);
    return sizes;
  }

  /** Counts read with plain SQL: a scrape has no signed-in person to pass the services' rules. */
  static final class QueueSizes {
    private static final Duration FRESH = Duration.ofSeconds(30);
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Map<String, Long> claims = Map.of();
    private long overdue;
    private Instant readAt = Instant.MIN;

    QueueSizes(JdbcTemplate jdbc, Clock clock) {
      this.jdbc = jdbc;
      this.clock = clock;
    }

    synchronized double claims(String status) {
      refresh();
      return claims.getOrDefault(status, 0L);
    }

    synchronized double overdueFollowUps() {
      refresh();
      return overdue;
    }

    private void refresh() {
      Instant now = clock.instant();
      if (readAt.plus(FRESH).isAfter(now)) {
        return;
      }
      readAt = now;
      try {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(
            CLAIM_STATUSES_SQL,
            row -> {
              counts.put(row.getString(1), row.getLong(2));
            });
        claims = counts;
        Long late =
            jdbc.queryForObject(
                "select count(*) from follow_up where status = 'OPEN' and due_date < ?",
                Long.class,
                LocalDate.now(clock));
        overdue = late == null ? 0 : late;
      } catch (RuntimeException databaseAway) {
        // Keep the last counts; the health endpoint reports the database.
      }
    }
  }
}
