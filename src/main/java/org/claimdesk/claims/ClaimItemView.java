package org.claimdesk.claims;

import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.claimdesk.nlp.Attribution;
import org.claimdesk.nlp.SpeakerKind;
import org.jspecify.annotations.Nullable;

/**
 * One appearance of a claim in a document, with what extraction found out about it; {@code seenAt}
 * is when the desk saw it (its document's ingest, or its link to the claim).
 */
public record ClaimItemView(
    long id,
    long claimId,
    long claimVersion,
    ClaimStatus claimStatus,
    long documentId,
    int position,
    String text,
    @Nullable String sentence,
    int start,
    int end,
    @Nullable String speakerName,
    @Nullable String speakerRole,
    @Nullable String speakerMention,
    @Nullable Integer speakerStart,
    @Nullable Integer speakerEnd,
    @Nullable SpeakerKind speakerKind,
    @Nullable String cue,
    @Nullable Attribution attribution,
    double score,
    boolean checkworthy,
    List<String> reasons,
    @Nullable String followUpReason,
    @Nullable LocalDate followUpDate,
    List<String> times,
    @Nullable Instant seenAt) {

  static ClaimItemView of(ClaimItem i) {
    return new ClaimItemView(
        i.getId() == null ? 0 : i.getId(),
        i.getClaim().getId() == null ? 0 : i.getClaim().getId(),
        i.getClaim().getVersion(),
        i.getClaim().getStatus(),
        i.getDocumentId(),
        i.getPosition(),
        i.getText(),
        i.getSentence(),
        i.getStartOffset(),
        i.getEndOffset(),
        i.getSpeakerName(),
        i.getSpeakerRole(),
        i.getSpeakerMention(),
        i.getSpeakerStart(),
        i.getSpeakerEnd(),
        i.getSpeakerKind(),
        i.getCue(),
        i.getAttribution(),
        i.getScore(),
        i.isCheckworthy(),
        lines(i.getReasons()),
        i.getFollowUpReason(),
        i.getFollowUpDate(),
        lines(i.getTimes()),
        i.getSeenAt());
  }

  /** An appearance from a row of {@link ClaimItemRepository#findViewRowsByClaimId}. */
  static ClaimItemView of(Tuple row) {
    return new ClaimItemView(
        row.get("id", Long.class),
        row.get("claimId", Long.class),
        row.get("claimVersion", Long.class),
        row.get("claimStatus", ClaimStatus.class),
        row.get("documentId", Long.class),
        row.get("position", Integer.class),
        row.get("text", String.class),
        row.get("sentence", String.class),
        row.get("startOffset", Integer.class),
        row.get("endOffset", Integer.class),
        row.get("speakerName", String.class),
        row.get("speakerRole", String.class),
        row.get("speakerMention", String.class),
        row.get("speakerStart", Integer.class),
        row.get("speakerEnd", Integer.class),
        row.get("speakerKind", SpeakerKind.class),
        row.get("cue", String.class),
        row.get("attribution", Attribution.class),
        row.get("score", Double.class),
        row.get("checkworthy", Boolean.class),
        lines(row.get("reasons", String.class)),
        row.get("followUpReason", String.class),
        row.get("followUpDate", LocalDate.class),
        lines(row.get("times", String.class)),
        row.get("seenAt", Instant.class));
  }

  /** The same item after its claim changed, as a service returned the claim. */
  public ClaimItemView withClaim(ClaimSummary claim) {
    if (claim.id() != claimId) {
      return this;
    }
    return new ClaimItemView(
        id,
        claimId,
        claim.version(),
        claim.status(),
        documentId,
        position,
        text,
        sentence,
        start,
        end,
        speakerName,
        speakerRole,
        speakerMention,
        speakerStart,
        speakerEnd,
        speakerKind,
        cue,
        attribution,
        score,
        checkworthy,
        reasons,
        followUpReason,
        followUpDate,
        times,
        seenAt);
  }

  private static List<String> lines(@Nullable String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
