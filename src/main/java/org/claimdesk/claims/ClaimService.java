package org.claimdesk.claims;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims: creating them, moving them through the workflow and listing them for the queue. */
@Service
@Transactional
public class ClaimService {

  private final ClaimRepository claims;

  ClaimService(ClaimRepository claims) {
    this.claims = claims;
  }

  /** An editor adds a claim by hand, e.g. one heard on air; it starts as NEW. */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary create(
      String statement, @Nullable String claimantName, @Nullable SpeakerKind kind) {
    Claim claim =
        new Claim(
            TextInput.required(statement, "statement", Claim.MAX_STATEMENT_LENGTH), 0.5, null);
    claim.setClaimant(TextInput.optional(claimantName, "speaker", 300), kind);
    return ClaimSummary.of(claims.save(claim));
  }

  /**
   * Moves a claim on in the workflow. {@code expectedVersion} is the version the editor saw: if
   * somebody else changed the claim since, the move is refused rather than applied blindly.
   */
  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary changeStatus(
      long claimId, long expectedVersion, ClaimStatus target, @Nullable String reason) {
    Claim claim = load(claimId, expectedVersion);
    claim.moveTo(target, TextInput.optional(reason, "reason", 1000));
    return ClaimSummary.of(claims.saveAndFlush(claim));
  }

  @PreAuthorize(Roles.IS_EDITOR)
  public ClaimSummary editStatement(
      long claimId,
      long expectedVersion,
      String statement,
      @Nullable String claimantName,
      @Nullable SpeakerKind kind) {
    Claim claim = load(claimId, expectedVersion);
    claim.setStatement(TextInput.required(statement, "statement", Claim.MAX_STATEMENT_LENGTH));
    claim.setClaimant(TextInput.optional(claimantName, "speaker", 300), kind);
    return ClaimSummary.of(claims.saveAndFlush(claim));
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Optional<ClaimSummary> find(long claimId) {
    return claims.findById(claimId).map(ClaimSummary::of);
  }

  /** One page of the queue; a slice, so that no count of every matching row is needed. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Slice<ClaimSummary> queue(ClaimFilter filter, Pageable page) {
    return claims
        .findBy(ClaimSpecifications.matching(filter), q -> q.page(page))
        .map(ClaimSummary::of);
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> countsByStatus() {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      counts.put(s, 0L);
    }
    claims.countByStatus().forEach(c -> counts.put(c.getStatus(), c.getTotal()));
    return counts;
  }

  private Claim load(long claimId, long expectedVersion) {
    Claim claim =
        claims
            .findById(claimId)
            .orElseThrow(() -> new UserFacingException("That claim no longer exists."));
    if (claim.getVersion() != expectedVersion) {
      throw new StaleClaimException();
    }
    return claim;
  }
}
