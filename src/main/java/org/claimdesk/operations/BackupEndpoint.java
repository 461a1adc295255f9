package org.claimdesk.operations;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} (admins only, see {@link ActuatorSecurity}): the running desk takes
 * a backup into its backup folder and sends it back; the {@code backup} command calls it when the
 * desk runs.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

  private final BackupService backups;

  BackupEndpoint(BackupService backups) {
    this.backups = backups;
  }

  @WriteOperation(produces = "application/octet-stream")
  Resource backup() {
    return new FileSystemResource(backups.backupNow().file());
  }
}
