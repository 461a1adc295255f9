package org.claimdesk.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.ExportVerifier;
import org.claimdesk.audit.log.LogEntry;
import org.claimdesk.audit.log.NoteKey;
import org.claimdesk.audit.log.PendingEntry;

/**
 * {@code audit-bench}: fills a fresh embedded database with generated audit entries, then times the
 * export and the offline verification and samples the heap while they run. Run it with {@code java
 * -Xmx256m -jar target/claimdesk.jar audit-bench} to check the memory promise.
 */
public class AuditBenchCommand implements CliCommand {

  @Override
  public String name() {
    return "audit-bench";
  }

  @Override
  public String usage() {
    return "audit-bench [--entries N] [--dir DIR]";
  }

  @Override
  public String summary() {
    return "Times the export and verification of a generated audit log (default 1,000,000 entries).";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine line;
    long entries;
    try {
      line = CommandLine.parse(args, Set.of("entries", "dir"), Set.of());
      entries = Long.parseLong(line.options.getOrDefault("entries", "1000000"));
    } catch (CommandLine.UsageException | NumberFormatException e) {
      err.println(name() + ": " + e.getMessage() + ". Usage: " + usage());
      return 2;
    }
    try {
      Path dir =
          line.options.containsKey("dir")
              ? Files.createDirectories(Path.of(line.options.get("dir")))
              : Files.createTempDirectory("claimdesk-audit-bench");
      return bench(dir, entries, out);
    } catch (IOException e) {
      err.println(name() + ": " + e.getMessage());
      return 1;
    } catch (SQLException e) {
      err.println(name() + ": database: " + e.getMessage());
      return 1;
    }
  }

  private int bench(Path dir, long count, PrintStream out) throws IOException, SQLException {
    NoteKey key = NoteKey.generate("bench.claimdesk/audit");
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench-" + System.nanoTime());
    Path export = dir.resolve("audit-export.jsonl");
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      createSchema(c);
      long started = System.nanoTime();
      List<PendingEntry> batch = new ArrayList<>();
      for (long i = 0; i < count; i++) {
        batch.add(entry(i));
        if (batch.size() == 1000 || i == count - 1) {
          AuditStore.append(c, batch);
          c.commit();
          batch.clear();
        }
      }
      double fillSeconds = (System.nanoTime() - started) / 1e9;
      AuditStore.StoredCheckpoint cp = AuditStore.signCheckpoint(c, key, key.name());
      c.commit();
      out.printf(Locale.US, "filled %,d entries in %.1f s%n", count, fillSeconds);

      HeapSampler exportHeap = HeapSampler.start();
      started = System.nanoTime();
      try (Writer w =
          new BufferedWriter(Files.newBufferedWriter(export, StandardCharsets.UTF_8), 1 << 16)) {
        AuditStore.export(c, w, key, cp, AuditStore.ExportRequest.whole(), n -> {});
      }
      double exportSeconds = (System.nanoTime() - started) / 1e9;
      long exportPeak = exportHeap.stop();
      out.printf(
          Locale.US,
          "export: %.1f s, file %,d bytes, heap peak %,d MB (max %,d MB)%n",
          exportSeconds,
          Files.size(export),
          exportPeak >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
    HeapSampler verifyHeap = HeapSampler.start();
    long started = System.nanoTime();
    ExportVerifier.Result result;
    try (BufferedReader r = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
      result = ExportVerifier.verify(r, NoteKey.parseVerifier(key.verifierText()), null);
    }
    double verifySeconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.US,
        "verify: %.1f s, heap peak %,d MB: %s%n",
        verifySeconds,
        verifyHeap.stop() >> 20,
        result.message());
    return result.intact() ? 0 : 1;
  }

  private static PendingEntry entry(long i) {
    Map<String, Object> fields = new TreeMap<>();
    fields.put("statement", "Unemployment fell to " + (i % 97) + " percent in the third quarter");
    fields.put("status", i % 3 == 0 ? "ACCEPTED" : "NEW");
    fields.put("claimantName", "Speaker " + (i % 211));
    fields.put("version", i % 5);
    Map<String, Object> before = i % 3 == 0 ? Map.of("status", "NEW") : Map.of();
    return new PendingEntry(
        "editor" + (i % 7),
        i % 11 == 0 ? "clearly checkable" : null,
        LogEntry.Kind.CHANGE,
        "Claim",
        Long.toString(i / 3),
        i % 3 == 0 ? "MOD" : "ADD",
        i / 2,
        i / 3,
        i / 300,
        fields,
        before);
  }

  private static void createSchema(Connection c) throws SQLException, IOException {
    try (InputStream sql =
        Objects.requireNonNull(
            AuditBenchCommand.class.getResourceAsStream("/db/migration/V0030__audit_log.sql"),
            "the audit migration is not on the class path")) {
      String script = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
      try (Statement s = c.createStatement()) {
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
      }
      c.commit();
    }
  }

  /** Samples the used heap every 20 ms, to show it stays flat. */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      thread =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
    }

    static HeapSampler start() {
      System.gc();
      HeapSampler s = new HeapSampler();
      s.thread.start();
      return s;
    }

    long stop() {
      running = false;
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return peak.get();
    }
  }
}
