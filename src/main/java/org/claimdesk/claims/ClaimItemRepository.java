package org.claimdesk.claims;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimItemRepository extends JpaRepository<ClaimItem, Long> {

  List<ClaimItem> findByDocumentIdOrderByItemPositionAsc(long documentId);

  List<ClaimItem> findByClaimIdOrderByIdAsc(long claimId);

  /** A document's items with their claims, in one query (the reader shows each item's status). */
  @Query(
      "select i from ClaimItem i join fetch i.claim where i.documentId = :documentId"
          + " order by i.itemPosition asc, i.id asc")
  List<ClaimItem> findWithClaimByDocumentId(long documentId);

  @Query("select i from ClaimItem i join fetch i.claim c where c.id = :claimId order by i.id asc")
  List<ClaimItem> findWithClaimByClaimId(long claimId);
}
