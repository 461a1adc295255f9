package org.claimdesk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.claimdesk.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups taken by the running desk into {@code claimdesk.backup.dir}: on demand (the admin page,
 * {@code POST /actuator/backup}, the {@code backup} command) and on {@code
 * claimdesk.backup.schedule} (a cron expression, off by default), keeping the newest {@code
 * claimdesk.backup.keep}. H2 through its online {@code BACKUP TO}; PostgreSQL through {@code
 * pg_dump} when it is on the PATH.
 */
@Service
public class BackupService {

  private static final Logger log = LoggerFactory.getLogger(BackupService.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final Path folder;
  private final int keep;
  private final String url;
  private final String user;
  private final String password;
  private final Clock clock;
  private final Path keyFile;

  BackupService(
      DataSource dataSource,
      @Value("${claimdesk.backup.dir}") Path folder,
      @Value("${claimdesk.backup.keep:7}") int keep,
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String user,
      @Value("${spring.datasource.password:}") String password,
      @Value("${claimdesk.data-dir:./data}") String dataDir,
      @Value("${claimdesk.audit.key-file:}") String keyFile) {
    this.dataSource = dataSource;
    this.folder = folder.toAbsolutePath().normalize();
    this.keep = Math.max(1, keep);
    this.url = url;
    this.user = user;
    this.password = password;
    this.clock = Clock.systemUTC();
    this.keyFile = H2Backups.keyFile(Path.of(dataDir), keyFile);
  }

  /** A backup file: where, when, how big. */
  public record Backup(Path file, Instant takenAt, long bytes) {}

  /** Takes a backup now and prunes the old ones beyond the retention count. */
  @PreAuthorize("hasRole('ADMIN')")
  public Backup backupNow() {
    return takeBackup();
  }

  @Scheduled(cron = "${claimdesk.backup.schedule:-}", zone = "UTC")
  void scheduledBackup() {
    try {
      Backup backup = takeBackup();
      log.info("Scheduled backup written to {} ({} bytes)", backup.file(), backup.bytes());
    } catch (RuntimeException e) {
      log.error("The scheduled backup failed: {}", e.getMessage(), e);
    }
  }

  synchronized Backup takeBackup() {
    try {
      Files.createDirectories(folder);
      DataFolder.restrict(folder, DataFolder.FOLDER);
    } catch (IOException e) {
      throw new UserFacingException(
          "Cannot create the backup folder "
              + folder
              + " (claimdesk.backup.dir): "
              + e.getMessage(),
          e);
    }
    boolean postgres = url.startsWith("jdbc:postgresql:");
    Path out =
        folder.resolve(
            "claimdesk-" + STAMP.format(clock.instant()) + (postgres ? ".dump" : ".zip"));
    if (postgres) {
      PostgresTools.dump(url, user, password, out);
      DataFolder.restrict(out, DataFolder.FILE);
    } else {
      try (Connection connection = dataSource.getConnection()) {
        H2Backups.backup(connection, out, keyFile);
      } catch (SQLException e) {
        throw new UserFacingException("The backup failed: " + e.getMessage(), e);
      }
    }
    prune();
    return describe(out);
  }

  /** The newest backup in the backup folder, if any. */
  @PreAuthorize("hasRole('ADMIN')")
  public Optional<Backup> lastBackup() {
    return backups().stream().findFirst().map(BackupService::describe);
  }

  public Path folder() {
    return folder;
  }

  private List<Path> backups() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().matches("claimdesk-\\d{8}-\\d{6}\\.(zip|dump)"))
          .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private void prune() {
    List<Path> all = backups();
    for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
      try {
        Files.deleteIfExists(old);
        log.info("Removed the old backup {} (claimdesk.backup.keep={})", old, keep);
      } catch (IOException e) {
        log.warn("Could not remove the old backup {}: {}", old, e.getMessage());
      }
    }
  }

  private static Backup describe(Path file) {
    try {
      return new Backup(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file));
    } catch (IOException e) {
      return new Backup(file, Instant.EPOCH, 0);
    }
  }
}
