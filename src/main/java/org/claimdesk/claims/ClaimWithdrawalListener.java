package org.claimdesk.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.documents.DocumentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a document is withdrawn, its claims that are still new, and seen in no other document, are
 * dismissed with it, in the withdrawal's transaction; claims somebody has worked on are left as
 * they are.
 */
@Component
class ClaimWithdrawalListener {

  /** The dismissal reason's opening, so that a claim page can say why the claim went. */
  static final String REASON = "Its document was withdrawn: ";

  private final ClaimRepository claims;
  private final ClaimItemRepository items;

  ClaimWithdrawalListener(ClaimRepository claims, ClaimItemRepository items) {
    this.claims = claims;
    this.items = items;
  }

  @EventListener
  void on(DocumentWithdrawn event) {
    Map<Long, Claim> ofDocument = new LinkedHashMap<>();
    for (ClaimItem item : items.findWithClaimByDocumentId(event.documentId())) {
      ofDocument.putIfAbsent(item.getClaim().getId(), item.getClaim());
    }
    String reason = clip(REASON + event.reason());
    for (Claim claim : ofDocument.values()) {
      if (claim.getStatus() == ClaimStatus.NEW && onlyIn(claim, event.documentId())) {
        claim.moveTo(ClaimStatus.DISMISSED, reason);
      }
    }
    claims.flush();
  }

  private boolean onlyIn(Claim claim, long documentId) {
    List<ClaimItem> appearances = items.findByClaimIdOrderByIdAsc(claim.getId());
    return appearances.stream().allMatch(i -> i.getDocumentId() == documentId);
  }

  private static String clip(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }
}
