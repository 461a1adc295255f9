package org.claimdesk.claims;

import jakarta.persistence.Tuple;
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

  /**
   * A claim's appearances as rows of the columns its views show ({@link ClaimItemView#of(Tuple)}),
   * without building the items and their claim as managed entities, which was most of the cost of
   * reading them.
   */
  @Query(
      "select i.id as id, c.id as claimId, c.version as claimVersion, c.status as claimStatus,"
          + " i.documentId as documentId, i.itemPosition as position, i.text as text,"
          + " i.sentence as sentence, i.startOffset as startOffset, i.endOffset as endOffset,"
          + " i.speakerName as speakerName, i.speakerRole as speakerRole,"
          + " i.speakerMention as speakerMention, i.speakerStart as speakerStart,"
          + " i.speakerEnd as speakerEnd, i.speakerKind as speakerKind, i.cue as cue,"
          + " i.attribution as attribution, i.score as score, i.checkworthy as checkworthy,"
          + " i.reasons as reasons, i.followUpReason as followUpReason,"
          + " i.followUpDate as followUpDate, i.times as times, i.seenAt as seenAt"
          + " from ClaimItem i join i.claim c where c.id = :claimId order by i.id asc")
  List<Tuple> findViewRowsByClaimId(long claimId);
}
