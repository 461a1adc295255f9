package org.claimdesk.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the scheduled backups ({@code claimdesk.backup.schedule}). */
@Configuration
@EnableScheduling
class Scheduling {}
