package org.claimdesk.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimEmbeddingRepository extends JpaRepository<ClaimEmbedding, Long> {

  /**
   * Id and statement of claims whose embedding is missing or was made for another statement (made
   * by hand, imported, edited, or stored before matching), after {@code afterId}, by id.
   */
  @Query(
      "select c.id, c.statement from Claim c where c.id > :afterId and not exists (select e from"
          + " ClaimEmbedding e where e.claimId = c.id and e.statement = c.statement) order by c.id")
  List<Object[]> withoutEmbedding(long afterId, Limit limit);

  /**
   * Claim id, statement and encoded vector of these claims' embeddings, read as plain values (no
   * entities to manage): the matcher's candidates in one query.
   */
  @Query(
      "select e.claimId, e.statement, e.vector from ClaimEmbedding e where e.claimId in :claimIds")
  List<Object[]> vectorsOf(Collection<Long> claimIds);

  /**
   * Claim id, rating and publication time of the verdicts in force (published) of these claims,
   * earliest first: the matches' "rated False on 3 March" in one query.
   */
  @Query(
      "select v.claimId, v.rating, v.publishedAt from Verdict v where v.claimId in :claimIds and"
          + " v.state = org.claimdesk.verdicts.VerdictState.PUBLISHED and v.publishedAt is not null"
          + " order by v.createdAt")
  List<Object[]> publishedVerdictsOf(Collection<Long> claimIds);

  /** A claim's current statement, if the claim exists. */
  @Query("select c.statement from Claim c where c.id = :claimId")
  List<String> statementOf(long claimId);
}
