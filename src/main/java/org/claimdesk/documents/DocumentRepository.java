package org.claimdesk.documents;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

  Optional<Document> findByContentHash(String contentHash);

  Slice<Document> findAllByOrderByIngestedAtDescIdDesc(Pageable pageable);
}
