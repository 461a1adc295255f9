package org.claimdesk.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log: the origin that names the log in its checkpoints (and its key), the
 * signing key file ({@code claimdesk.audit.key-file}, by default in the data folder) and how often
 * a checkpoint is signed while entries are added.
 */
@ConfigurationProperties("claimdesk.audit")
public record AuditSettings(
    @DefaultValue("claimdesk/audit") String origin,
    @DefaultValue("") String keyFile,
    @DefaultValue("PT5M") Duration checkpointInterval) {}
