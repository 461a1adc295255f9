package org.claimdesk.claims;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What ingest asks before an item becomes a new claim: is it a claim the desk already has? The
 * matching feature answers; without it every item becomes a new claim. Called inside the ingest
 * transaction.
 */
public interface IngestMatching {

  /** A statement found in a newly ingested document. */
  record NewStatement(
      String statement, @Nullable String speaker, @Nullable LocalDate seenOn, long documentId) {}

  /** The earlier claim this statement is to become an appearance of, if it is surely the same. */
  Optional<Long> linkTarget(NewStatement statement);

  /**
   * Called once the item is stored: {@code linked} when it became an appearance of the claim found
   * by {@link #linkTarget}, otherwise {@code claimId} is the new claim made for it.
   */
  void stored(long claimId, long itemId, NewStatement statement, boolean linked);
}
