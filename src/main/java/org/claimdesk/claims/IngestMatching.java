package org.claimdesk.claims;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What ingest asks before an item becomes a new claim: is it a claim the desk already has? The
 * matching feature answers; without it every item becomes a new claim. Called inside the ingest
 * transaction, once per item: {@link #match} looks the statement up, and {@link #stored} is handed
 * the same answer back once the item is stored, so that no statement is looked up twice.
 */
public interface IngestMatching {

  /** A statement found in a newly ingested document. */
  record NewStatement(
      String statement, @Nullable String speaker, @Nullable LocalDate seenOn, long documentId) {}

  /** What matching found for one statement; ingest only reads the claim to link to. */
  interface Found {
    /** The earlier claim this statement is to become an appearance of, if it is surely the same. */
    Optional<Long> linkTarget();
  }

  /** Looks the statement up among the desk's claims. */
  Found match(NewStatement statement);

  /**
   * Called once the item is stored, with what {@link #match} found for it: {@code linked} when it
   * became an appearance of the claim found, otherwise {@code claimId} is the new claim made for
   * it.
   */
  void stored(long claimId, long itemId, NewStatement statement, Found found, boolean linked);
}
