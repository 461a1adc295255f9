package org.claimdesk.assignments;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentSettingsRepository extends JpaRepository<AssignmentSettings, Long> {}
