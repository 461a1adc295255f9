package org.claimdesk.evidence;

import java.util.List;
import java.util.Locale;
import org.claimdesk.claims.ClaimProgressed;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.TextInput;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.shared.WebAddress;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sources and the evidence that attaches them to claims. */
@Service
@Transactional
public class EvidenceService {

  private final SourceRepository sources;
  private final EvidenceRepository evidence;

  private final ClaimService claims;
  private final ApplicationEventPublisher events;

  EvidenceService(
      SourceRepository sources,
      EvidenceRepository evidence,
      ClaimService claims,
      ApplicationEventPublisher events) {
    this.sources = sources;
    this.evidence = evidence;
    this.claims = claims;
    this.events = events;
  }

  @PreAuthorize(Roles.IS_REVIEWER)
  public SourceSummary createSource(SourceDraft draft) {
    Source source =
        new Source(
            draft.kind(), TextInput.required(draft.title(), "title", 500), CurrentUser.require());
    source.describe(
        draft.kind(),
        TextInput.required(draft.title(), "title", 500),
        TextInput.optional(draft.publisher(), "publisher", 300),
        WebAddress.checkOptional(draft.url()),
        draft.publishedDate(),
        WebAddress.checkOptional(draft.archivedUrl()),
        TextInput.optional(draft.notes(), "notes", 4000));
    return SourceSummary.of(sources.save(source));
  }

  /** Sources whose title, publisher or address contains the words typed. */
  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<SourceSummary> findSources(String query, int limit) {
    String pattern = "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
    return sources.search(pattern, PageRequest.of(0, Math.max(1, limit))).stream()
        .map(SourceSummary::of)
        .toList();
  }

  @PreAuthorize(Roles.IS_REVIEWER)
  public EvidenceSummary attach(
      long claimId, long sourceId, Stance stance, @Nullable String excerpt, @Nullable String note) {
    Source source =
        sources
            .findById(sourceId)
            .orElseThrow(() -> new UserFacingException("That source no longer exists."));
    Evidence item = new Evidence(claimId, source, stance, CurrentUser.require());
    item.setDetails(
        stance,
        TextInput.optional(excerpt, "excerpt", 4000),
        TextInput.optional(note, "note", 4000));
    EvidenceSummary saved = EvidenceSummary.of(evidence.save(item));
    // The assigned reviewer has started work.
    claims
        .find(claimId)
        .filter(c -> c.status() == ClaimStatus.ASSIGNED)
        .ifPresent(c -> events.publishEvent(new ClaimProgressed(claimId, ClaimStatus.IN_REVIEW)));
    return saved;
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<EvidenceSummary> forClaim(long claimId) {
    return evidence.findByClaimIdOrderByAddedAtAsc(claimId).stream()
        .map(EvidenceSummary::of)
        .toList();
  }
}
