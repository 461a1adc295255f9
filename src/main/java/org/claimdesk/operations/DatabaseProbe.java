package org.claimdesk.operations;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Asks the pool whether the database answers now, for pages that wait for it to come back. */
@Component
public class DatabaseProbe {

  private final DataSource dataSource;

  DatabaseProbe(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
