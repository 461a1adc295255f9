package org.claimdesk.claims;

/**
 * Where a bulk import leaves the matching of its items for later: ingest makes every item a new
 * claim and hands it here, in the ingest transaction, instead of asking {@link IngestMatching}. The
 * matching feature looks them up and links or suggests them in the background afterwards.
 */
public interface DeferredIngestMatching {

  /** Queues a stored item, the new claim made for it, for the background matching pass. */
  void defer(long claimId, long itemId, IngestMatching.NewStatement statement);
}
