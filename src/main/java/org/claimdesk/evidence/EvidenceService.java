package org.claimdesk.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimSummary;
import org.claimdesk.claims.EvidenceAttached;
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

  /** How long the same evidence from the same person counts as a repeated click. */
  static final Duration REPEAT_WINDOW = Duration.ofSeconds(10);

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

  /**
   * Attaches a source to a claim. A reviewer may only attach to a claim assigned to them; nobody
   * attaches to a published claim (reopen it first) or a dismissed one. The same evidence sent
   * twice within a few seconds (a double click) is refused the second time.
   */
  @PreAuthorize(Roles.IS_REVIEWER)
  public EvidenceSummary attach(
      long claimId, long sourceId, Stance stance, @Nullable String excerpt, @Nullable String note) {
    ClaimSummary claim = claims.checkCanWorkOn(claimId);
    if (claim.status().isClosed()) {
      throw new UserFacingException(
          "This claim is "
              + claim.status().label().toLowerCase()
              + (claim.status() == ClaimStatus.PUBLISHED
                  ? ": reopen it before adding evidence."
                  : ": restore it before adding evidence."));
    }
    Source source =
        sources
            .findById(sourceId)
            .orElseThrow(() -> new UserFacingException("That source no longer exists."));
    String by = CurrentUser.require();
    String excerptText = TextInput.optional(excerpt, "excerpt", 4000);
    String noteText = TextInput.optional(note, "note", 4000);
    boolean twice =
        evidence
            .findByClaimIdAndSourceIdAndAddedByAndAddedAtAfter(
                claimId, sourceId, by, Instant.now().minus(REPEAT_WINDOW))
            .stream()
            .anyMatch(
                e ->
                    e.getStance() == stance
                        && Objects.equals(e.getExcerpt(), excerptText)
                        && Objects.equals(e.getNote(), noteText));
    if (twice) {
      throw new UserFacingException(
          "You have just attached this evidence; it is in the list already.");
    }
    Evidence item = new Evidence(claimId, source, stance, by);
    item.setDetails(stance, excerptText, noteText);
    Evidence saved = evidence.saveAndFlush(item);
    events.publishEvent(new EvidenceAttached(claimId, id(saved), by));
    return EvidenceSummary.of(saved);
  }

  private static long id(Evidence e) {
    Long id = e.getId();
    if (id == null) {
      throw new IllegalStateException("The evidence has not been saved");
    }
    return id;
  }

  @PreAuthorize(Roles.CAN_READ)
  @Transactional(readOnly = true)
  public List<EvidenceSummary> forClaim(long claimId) {
    return evidence.findByClaimIdOrderByAddedAtAsc(claimId).stream()
        .map(EvidenceSummary::of)
        .toList();
  }
}
