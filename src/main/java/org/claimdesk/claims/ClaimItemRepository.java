package org.claimdesk.claims;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimItemRepository extends JpaRepository<ClaimItem, Long> {

  List<ClaimItem> findByDocumentIdOrderByItemPositionAsc(long documentId);

  List<ClaimItem> findByClaimIdOrderByIdAsc(long claimId);
}
