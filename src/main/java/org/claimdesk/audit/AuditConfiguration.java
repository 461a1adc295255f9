package org.claimdesk.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled checkpoint signing and the nightly verification of the audit log. */
@Configuration
@EnableScheduling
class AuditConfiguration {}
