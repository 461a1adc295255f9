package org.claimdesk.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimdesk.claims.Claim;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The search index of a bulk import. Its storing transactions do not wait for the index (it is
 * committed about once a second instead of at every document), so a kill -9 can lose the index
 * entries of the last second's documents while the documents themselves are in the database. The
 * re-run the desk advises after a kill skips those documents as already in; it hands them here, and
 * those of them (or of their claims) the index does not hold are indexed again. The other way
 * round, the embedded database may lose its last half second of commits to a kill while the index
 * kept them: entries for rows the database no longer holds are removed.
 */
@Component
public class ImportIndex {

  private static final Logger log = LoggerFactory.getLogger(ImportIndex.class);
  private static final String DOCUMENT_ENTITY = "DocumentText";

  private final EntityManagerFactory entityManagerFactory;

  ImportIndex(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  /**
   * Indexes again whatever of these documents (their text and their claims) the index lacks, then
   * commits the index, so that what the import stored survives a kill from now on.
   */
  public void completeAndCommit(Collection<Long> documentIds) {
    if (!documentIds.isEmpty()) {
      try (EntityManager em = entityManagerFactory.createEntityManager()) {
        em.getTransaction().begin();
        try {
          Class<?> documentText =
              Search.mapping(entityManagerFactory).indexedEntity(DOCUMENT_ENTITY).javaClass();
          Set<Long> texts = new TreeSet<>(documentIds);
          texts.removeAll(IndexSync.inIndex(em, documentText, texts));
          Set<Long> claims = claimsOf(em, documentIds);
          claims.removeAll(IndexSync.inIndex(em, Claim.class, claims));
          IndexSync.reindex(em, texts, documentText);
          IndexSync.reindex(em, claims, Claim.class);
          if (!texts.isEmpty() || !claims.isEmpty()) {
            log.info(
                "Indexed again {} documents and {} claims an earlier run stored but did not index",
                texts.size(),
                claims.size());
          }
          Set<Long> lostTexts = notInDatabase(em, documentText);
          Set<Long> lostClaims = notInDatabase(em, Claim.class);
          // reindex removes from the index an id the database does not hold.
          IndexSync.reindex(em, lostTexts, documentText);
          IndexSync.reindex(em, lostClaims, Claim.class);
          if (!lostTexts.isEmpty() || !lostClaims.isEmpty()) {
            log.info(
                "Removed from the index {} documents and {} claims the database lost to a kill",
                lostTexts.size(),
                lostClaims.size());
          }
        } finally {
          em.getTransaction().rollback();
        }
      }
    }
    Search.mapping(entityManagerFactory).scope(Object.class).workspace().flush();
  }

  /** The ids the index holds for {@code type} that the database does not. */
  private static Set<Long> notInDatabase(EntityManager em, Class<?> type) {
    var model = em.getMetamodel().entity(type);
    String jpql =
        "select e."
            + model.getId(Long.class).getName()
            + " from "
            + model.getName()
            + " e where e."
            + model.getId(Long.class).getName()
            + " in (:ids)";
    Set<Long> lost = new TreeSet<>();
    SearchSession search = Search.session(em);
    try (SearchScroll<Long> scroll =
        search
            .search(search.scope(type))
            .select(f -> f.id(Long.class))
            .where(f -> f.matchAll())
            .scroll(1000)) {
      for (SearchScrollResult<Long> page = scroll.next(); page.hasHits(); page = scroll.next()) {
        Set<Long> ids = new TreeSet<>(page.hits());
        ids.removeAll(em.createQuery(jpql, Long.class).setParameter("ids", ids).getResultList());
        lost.addAll(ids);
      }
    }
    return lost;
  }

  private static Set<Long> claimsOf(EntityManager em, Collection<Long> documentIds) {
    Set<Long> claims = new TreeSet<>();
    for (List<Long> chunk : IndexSync.chunks(documentIds)) {
      for (Object id :
          em.createNativeQuery(
                  "select distinct claim_id from claim_item where document_id in (:ids)")
              .setParameter("ids", chunk)
              .getResultList()) {
        claims.add(((Number) id).longValue());
      }
    }
    return claims;
  }
}
