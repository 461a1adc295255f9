package org.claimdesk.search;

import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** What a search found: claims and documents with highlighted snippets, and the facets. */
public record SearchResults(
    List<ClaimHit> claims,
    long claimCount,
    List<DocumentHit> documents,
    long documentCount,
    List<Facet<ClaimStatus>> statuses,
    List<Facet<String>> speakers,
    List<Facet<String>> outlets) {

  public SearchResults {
    claims = List.copyOf(claims);
    documents = List.copyOf(documents);
    statuses = List.copyOf(statuses);
    speakers = List.copyOf(speakers);
    outlets = List.copyOf(outlets);
  }

  static SearchResults none() {
    return new SearchResults(List.of(), 0, List.of(), 0, List.of(), List.of(), List.of());
  }

  /** A claim found, its statement highlighted. */
  public record ClaimHit(
      long id,
      Snippet statement,
      @Nullable String speaker,
      ClaimStatus status,
      @Nullable String rating,
      @Nullable String outlet) {}

  /** A document found, its title and the best passages of its text highlighted. */
  public record DocumentHit(
      long id,
      Snippet title,
      @Nullable String outlet,
      @Nullable LocalDate publishedDate,
      List<Snippet> passages) {

    public DocumentHit {
      passages = List.copyOf(passages);
    }
  }

  /** One value of a facet and how many of the results have it. */
  public record Facet<T>(T value, long count) {}
}
