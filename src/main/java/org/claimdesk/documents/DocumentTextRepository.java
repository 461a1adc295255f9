package org.claimdesk.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentTextRepository extends JpaRepository<DocumentText, Long> {}
