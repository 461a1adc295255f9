package org.claimdesk.claims;

import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;
import org.claimdesk.documents.DocumentIngested;
import org.claimdesk.nlp.ExtractedItem;
import org.claimdesk.nlp.Speaker;
import org.claimdesk.nlp.SpeakerKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each item extraction found in a newly ingested document into a new claim, in the ingest's
 * transaction. A document of thousands of items is written in batches: after each batch the rows go
 * to the database and the entities leave the persistence context, so that memory holds one batch,
 * not the whole document.
 */
@Component
class ClaimIngestListener {

  /** Items written per batch; a multiple of {@code hibernate.jdbc.batch_size}. */
  static final int BATCH = 200;

  private static final int MAX_TEXT = 4000;
  private static final int MAX_SENTENCE = 10000;

  private final ClaimRepository claims;
  private final ClaimItemRepository items;
  private final EntityManager entities;
  private final ObjectProvider<IngestMatching> matching;
  private final ObjectProvider<DeferredIngestMatching> deferred;
  private final ClaimAppearances appearances;

  ClaimIngestListener(
      ClaimRepository claims,
      ClaimItemRepository items,
      EntityManager entities,
      ObjectProvider<IngestMatching> matching,
      ObjectProvider<DeferredIngestMatching> deferred,
      ClaimAppearances appearances) {
    this.deferred = deferred;
    this.appearances = appearances;
    this.claims = claims;
    this.items = items;
    this.entities = entities;
    this.matching = matching;
  }

  @EventListener
  void on(DocumentIngested event) {
    int position = 0;
    // A bulk import stores every item as a new claim and leaves matching to the background pass.
    DeferredIngestMatching later = event.deferMatching() ? deferred.getIfAvailable() : null;
    IngestMatching matcher = later != null ? null : matching.getIfAvailable();
    for (ExtractedItem found : event.extraction().items()) {
      String text = clip(found.text(), MAX_TEXT);
      Speaker speaker = found.speaker();
      IngestMatching.NewStatement statement =
          new IngestMatching.NewStatement(
              clip(found.claim(), MAX_TEXT),
              speaker == null ? null : speaker.name() != null ? speaker.name() : speaker.mention(),
              event.extraction().publishedDate(),
              event.documentId());
      // A statement the desk already has becomes one more appearance of that claim.
      IngestMatching.Found matched = matcher == null ? null : matcher.match(statement);
      Claim claim =
          matched == null ? null : matched.linkTarget().flatMap(claims::findById).orElse(null);
      boolean linked = claim != null;
      if (claim == null) {
        claim = new Claim(statement.statement(), found.score(), event.documentId());
        if (speaker != null && speaker.kind() != SpeakerKind.NONE) {
          claim.setClaimant(
              clip(speaker.name() != null ? speaker.name() : speaker.mention(), 300),
              speaker.kind());
        }
        claim.setOutlet(event.outlet());
        claims.save(claim);
      } else {
        claim.touch();
      }

      ClaimItem item =
          new ClaimItem(claim, event.documentId(), position++, text, found.start(), found.end());
      item.setSentence(clip(found.sentence(), MAX_SENTENCE));
      if (speaker != null) {
        item.setSpeaker(
            clip(speaker.name(), 300),
            clip(speaker.role(), 300),
            clip(speaker.mention(), 300),
            speaker.start(),
            speaker.end(),
            speaker.kind());
      }
      item.setAttribution(clip(found.cue(), 100), found.attribution());
      item.setScore(
          found.score(), found.checkworthy(), clip(String.join("\n", found.reasons()), 2000));
      if (found.followUp() != null) {
        item.setFollowUp(clip(found.followUp().reason(), 1000), found.followUp().suggestedDate());
      }
      item.setTimes(
          clip(
              found.times().stream()
                  .map(t -> t.text() + (t.date() == null ? "" : " = " + t.date()))
                  .collect(Collectors.joining("\n")),
              4000));
      items.save(item);
      if (linked) {
        appearances.recount(claim);
      } else {
        ClaimAppearances.first(claim, item);
      }
      if (matcher != null && matched != null) {
        matcher.stored(claim.getId(), item.getId(), statement, matched, linked);
      } else if (later != null) {
        later.defer(claim.getId(), item.getId(), statement);
      }
      if (position % BATCH == 0) {
        entities.flush();
        entities.clear();
      }
    }
  }

  private static String clip(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
