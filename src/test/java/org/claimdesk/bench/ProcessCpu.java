package org.claimdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU seconds spent by this JVM and by the PostgreSQL server it talks to, read from {@code
 * /proc/<pid>/stat} (Linux only). Under a loaded machine CPU time per request is a far steadier
 * figure than wall latency. PostgreSQL counts as its postmaster, the CPU of the children it has
 * reaped, and its live children (the backends of the pool's connections).
 */
final class ProcessCpu {

  /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every common Linux. */
  private static final double TICKS = 100.0;

  private final long postmaster;

  private ProcessCpu(long postmaster) {
    this.postmaster = postmaster;
  }

  /** A meter for this JVM and the PostgreSQL server behind {@code dataSource} (if it is local). */
  static ProcessCpu of(DataSource dataSource) {
    long postmaster = -1;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
      if (result.next()) {
        long[] backend = stat(result.getLong(1));
        postmaster = backend == null ? -1 : backend[0];
      }
    } catch (SQLException e) {
      // Not PostgreSQL (H2): only the JVM is measured.
    }
    return new ProcessCpu(postmaster);
  }

  /** A reading: CPU seconds of the JVM and of PostgreSQL so far. */
  record Reading(double jvm, double postgres) {
    double total() {
      return jvm + postgres;
    }
  }

  Reading read() {
    long[] self = stat(ProcessHandle.current().pid());
    double jvm = self == null ? 0 : (self[1] + self[2]) / TICKS;
    double postgres = 0;
    if (postmaster > 0) {
      long[] master = stat(postmaster);
      if (master != null) {
        postgres += master[1] + master[2] + master[3] + master[4];
      }
      try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
        for (Path p : (Iterable<Path>) processes::iterator) {
          String name = p.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          long[] child = stat(Long.parseLong(name));
          if (child != null && child[0] == postmaster) {
            postgres += child[1] + child[2];
          }
        }
      } catch (IOException e) {
        // /proc is unreadable: PostgreSQL counts as its postmaster only.
      }
      postgres /= TICKS;
    }
    return new Reading(jvm, postgres);
  }

  /** ppid, utime, stime, cutime, cstime of a process, or null when it is gone. */
  private static long[] stat(long pid) {
    try {
      String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command name (field 2) is in parentheses and may hold spaces: split after it.
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
      // f[0] is field 3 (state): ppid is field 4, utime..cstime are fields 14..17.
      return new long[] {
        Long.parseLong(f[1]),
        Long.parseLong(f[11]),
        Long.parseLong(f[12]),
        Long.parseLong(f[13]),
        Long.parseLong(f[14])
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
