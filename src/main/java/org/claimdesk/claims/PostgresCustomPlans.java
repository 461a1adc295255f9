package org.claimdesk.claims;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL every connection plans each statement for its own parameter values ({@code
 * plan_cache_mode = force_custom_plan}). The queue's filters are prepared statements (Hibernate
 * binds the values); after five runs PostgreSQL may keep one generic plan for every value, chosen
 * without knowing how rare the value is. For the speaker filter that plan walks the whole score
 * index: 3 s for a rare speaker among 300,000 claims, against 1 ms with the plan made for that
 * speaker (docs/design-decisions/million-claims.md). Planning costs well under a millisecond. A
 * {@code spring.datasource.hikari.connection-init-sql} of one's own is left as it is.
 */
@Component
class PostgresCustomPlans implements BeanPostProcessor {

  static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(INIT_SQL);
    }
    return bean;
  }
}
