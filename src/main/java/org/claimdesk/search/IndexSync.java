package org.claimdesk.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.claimdesk.claims.Claim;
import org.claimdesk.shared.StartupProblem;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's local Lucene index in step with what other nodes save in the shared database.
 *
 * <p>Every committed change of a claim or a document leaves an Envers revision ({@code
 * audit_revision}, numbered by a sequence) and a row in {@code claim_aud} or {@code document_aud}.
 * Every few seconds ({@code claimdesk.search.sync-interval}) this node reads the revisions it has
 * not applied yet and reindexes the claims and documents they touched; one that no longer exists is
 * removed from the index. Revision numbers are handed out before commit, so a later number can
 * commit first: a number skipped over is asked for again until it appears or {@code
 * claimdesk.search.sync-gap-wait} has passed (a rolled-back transaction never fills its number).
 *
 * <p>The position (the last revision applied and the numbers still awaited) is kept beside the
 * index, so that a node that was stopped catches up at start with what the others saved meanwhile.
 * An index without a position (the first start with several nodes, an index from before) is rebuilt
 * from the database once. Hibernate Search's outbox-polling coordination cannot do this with local
 * indexes: each change is processed by one node only
 * (docs/design-decisions/search-on-several-nodes.md).
 *
 * <p>It runs with the Lucene backend on PostgreSQL (on H2 one process holds the database, so there
 * is no other node); {@code claimdesk.search.sync=on|off|auto} overrides that.
 */
@Component
public class IndexSync {

  private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
  private static final String POSITION_FILE = "claimdesk-sync-position.properties";
  private static final int BATCH = 500;
  private static final int MAX_REVISIONS_PER_ROUND = 5000;
  private static final String DOCUMENT_ENTITY = "DocumentText";
  private static final int MAX_AWAITED_JUMP = 1000;

  private final EntityManagerFactory entityManagerFactory;
  private final IndexRebuild rebuild;
  private final boolean enabled;
  private final Duration interval;
  private final Duration gapWait;
  private final @Nullable Path positionFile;

  private @Nullable ScheduledExecutorService executor;
  private long applied = -1;

  /** Revision numbers below {@link #applied} not seen yet, with when they were first missed. */
  private final Map<Long, Long> awaited = new LinkedHashMap<>();

  private volatile long lastRoundAt;

  IndexSync(EntityManagerFactory entityManagerFactory, IndexRebuild rebuild, Environment env) {
    this.entityManagerFactory = entityManagerFactory;
    this.rebuild = rebuild;
    this.interval = duration(env, "claimdesk.search.sync-interval", "5s");
    this.gapWait = duration(env, "claimdesk.search.sync-gap-wait", "10m");
    String mode = env.getProperty("claimdesk.search.sync", "auto").strip().toLowerCase(Locale.ROOT);
    boolean lucene = SearchBackendSettings.lucene(env);
    boolean postgres = env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    this.enabled =
        switch (mode) {
          case "on", "true" -> lucene;
          case "off", "false" -> false;
          case "auto", "" -> lucene && postgres;
          default ->
              throw new StartupProblem(
                  "claimdesk.search.sync is '"
                      + mode
                      + "': set it to auto (on with PostgreSQL), on or off.");
        };
    String directoryType =
        env.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type", "");
    if (directoryType.equalsIgnoreCase("local-heap")) {
      // An index in memory starts empty every time: it is rebuilt, and there is nothing to keep.
      this.positionFile = null;
    } else {
      String root =
          env.getProperty(
              "spring.jpa.properties.hibernate.search.backend.directory.root",
              Path.of(env.getProperty("claimdesk.data-dir", "./data"), "index").toString());
      this.positionFile = Path.of(root).toAbsolutePath().resolve(POSITION_FILE);
    }
  }

  private static Duration duration(Environment env, String name, String fallback) {
    String value = env.getProperty(name, fallback).strip();
    try {
      return org.springframework.boot.convert.DurationStyle.detectAndParse(value);
    } catch (IllegalArgumentException e) {
      throw new StartupProblem(
          name + " is '" + value + "': give a duration such as 5s, 500ms or 2m.");
    }
  }

  /** Whether this node follows the others' changes. */
  public boolean enabled() {
    return enabled && !interval.isZero() && !interval.isNegative();
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (!enabled()) {
      return;
    }
    boolean known = readPosition();
    if (!known) {
      // Everything up to now is rebuilt from the database (or already is, by IndexRebuild for an
      // empty index); from here on the revisions are followed.
      applied = latestRevision();
      boolean indexHasClaims = indexHasClaims();
      if (indexHasClaims) {
        log.info(
            "The search index has no record of the revisions it holds: rebuilding it once, then"
                + " following the other nodes' changes.");
        rebuild.start();
      }
      writePosition();
    }
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "search-index-sync");
              thread.setDaemon(true);
              return thread;
            });
    executor = scheduler;
    // The first round at once: a node that was stopped catches up with the others.
    scheduler.scheduleWithFixedDelay(
        this::roundQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info(
        "Following other nodes' changes in the search index every {} (from revision {}).",
        interval,
        applied);
  }

  @PreDestroy
  void stop() throws InterruptedException {
    ScheduledExecutorService scheduler = executor;
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** When the last round finished (epoch milliseconds), 0 before the first. */
  public long lastRoundAt() {
    return lastRoundAt;
  }

  private void roundQuietly() {
    try {
      round();
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next round asks again from the same position.
      log.warn("Could not bring the search index in step with the database: {}", e.getMessage());
      log.debug("Search index sync failure", e);
    }
  }

  /** Reads the revisions not applied yet and reindexes what they changed. */
  synchronized void round() {
    try (EntityManager em = entityManagerFactory.createEntityManager()) {
      em.getTransaction().begin();
      try {
        List<Long> revisions = newRevisions(em);
        if (!revisions.isEmpty()) {
          reindex(
              em,
              ids(em, "select distinct a.id from claim_aud a where a.rev in (:revs)", revisions),
              Claim.class);
          Class<?> documentText =
              Search.mapping(entityManagerFactory).indexedEntity(DOCUMENT_ENTITY).javaClass();
          // A document's indexed fields never change after ingest: one this node indexed itself
          // (or saw before) is not analysed again; later changes (revtype 1, 2) are reindexed.
          Set<Long> added =
              ids(
                  em,
                  "select distinct a.id from document_aud a where a.rev in (:revs)"
                      + " and a.revtype = 0",
                  revisions);
          added.removeAll(inIndex(em, documentText, added));
          added.addAll(
              ids(
                  em,
                  "select distinct a.id from document_aud a where a.rev in (:revs)"
                      + " and a.revtype <> 0",
                  revisions));
          reindex(em, added, documentText);
          writePosition();
        }
      } finally {
        em.getTransaction().rollback();
      }
    }
    lastRoundAt = System.currentTimeMillis();
  }

  /**
   * The revisions committed since the last round: those above the position, and those awaited below
   * it that have appeared. Moves the position and notes the numbers skipped over.
   */
  private List<Long> newRevisions(EntityManager em) {
    List<Long> found = new ArrayList<>();
    List<Long> above =
        longs(
            em.createNativeQuery("select id from audit_revision where id > ?1 order by id")
                .setParameter(1, applied)
                .setMaxResults(MAX_REVISIONS_PER_ROUND)
                .getResultList());
    if (!awaited.isEmpty()) {
      for (List<Long> chunk : chunks(awaited.keySet())) {
        List<Long> arrived =
            longs(
                em.createNativeQuery("select id from audit_revision where id in (:ids)")
                    .setParameter("ids", chunk)
                    .getResultList());
        arrived.forEach(awaited::remove);
        found.addAll(arrived);
      }
      long now = System.currentTimeMillis();
      awaited.values().removeIf(since -> now - since > gapWait.toMillis());
    }
    long now = System.currentTimeMillis();
    long previous = applied;
    for (long revision : above) {
      // A sequence hands out one number at a time; a wide jump is not a set of open transactions.
      if (revision - previous <= MAX_AWAITED_JUMP) {
        for (long missing = previous + 1; missing < revision; missing++) {
          awaited.putIfAbsent(missing, now);
        }
      }
      previous = revision;
    }
    if (!above.isEmpty()) {
      applied = above.getLast();
      found.addAll(above);
    }
    return found;
  }

  private static Set<Long> ids(EntityManager em, String query, List<Long> revisions) {
    Set<Long> ids = new TreeSet<>();
    for (List<Long> chunk : chunks(revisions)) {
      ids.addAll(longs(em.createNativeQuery(query).setParameter("revs", chunk).getResultList()));
    }
    return ids;
  }

  /** Which of these ids the local index already holds. */
  static Set<Long> inIndex(EntityManager em, Class<?> type, Set<Long> ids) {
    Set<Long> held = new HashSet<>();
    SearchSession search = Search.session(em);
    for (List<Long> chunk : chunks(ids)) {
      held.addAll(
          search
              .search(search.scope(type))
              .select(f -> f.id(Long.class))
              .where(f -> f.id().matchingAny(chunk))
              .fetchHits(chunk.size()));
    }
    return held;
  }

  static void reindex(EntityManager em, Set<Long> ids, Class<?> type) {
    if (ids.isEmpty()) {
      return;
    }
    SearchSession search = Search.session(em);
    var model = em.getMetamodel().entity(type);
    String jpql =
        "select e from "
            + model.getName()
            + " e where e."
            + model.getId(Long.class).getName()
            + " in (:ids)";
    for (List<Long> chunk : chunks(ids)) {
      List<?> present = em.createQuery(jpql).setParameter("ids", chunk).getResultList();
      Set<Long> seen = new HashSet<>();
      for (Object entity : present) {
        search.indexingPlan().addOrUpdate(entity);
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        seen.add(((Number) id).longValue());
      }
      for (long id : chunk) {
        if (!seen.contains(id)) {
          search.indexingPlan().purge(type, id, null);
        }
      }
      search.indexingPlan().execute();
      em.clear();
    }
    log.debug("Reindexed {} {}", ids.size(), type.getSimpleName());
  }

  private long latestRevision() {
    try (EntityManager em = entityManagerFactory.createEntityManager()) {
      Object max =
          em.createNativeQuery("select coalesce(max(id), 0) from audit_revision").getSingleResult();
      return ((Number) max).longValue();
    }
  }

  private boolean indexHasClaims() {
    try (EntityManager em = entityManagerFactory.createEntityManager()) {
      return Search.session(em).search(Claim.class).where(f -> f.matchAll()).fetchTotalHitCount()
          > 0;
    }
  }

  private boolean readPosition() {
    if (positionFile == null || !Files.isRegularFile(positionFile)) {
      return false;
    }
    Properties position = new Properties();
    try (Reader in = Files.newBufferedReader(positionFile, StandardCharsets.UTF_8)) {
      position.load(in);
      applied = Long.parseLong(position.getProperty("applied", "-1").strip());
      String awaitedList = position.getProperty("awaited", "").strip();
      long now = System.currentTimeMillis();
      if (!awaitedList.isEmpty()) {
        for (String number : awaitedList.split(",")) {
          awaited.put(Long.parseLong(number.strip()), now);
        }
      }
      return applied >= 0;
    } catch (IOException | NumberFormatException e) {
      log.warn("The search index position {} is unreadable ({}).", positionFile, e.getMessage());
      awaited.clear();
      return false;
    }
  }

  private void writePosition() {
    if (positionFile == null) {
      return;
    }
    Path folder = positionFile.getParent();
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, "sync-", ".tmp");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        out.write("# The last database revision this search index holds (IndexSync)\n");
        out.write("applied=" + applied + "\n");
        out.write(
            "awaited="
                + awaited.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                + "\n");
      }
      Files.move(
          temporary,
          positionFile,
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the search index position " + positionFile, e);
    }
  }

  private static List<Long> longs(List<?> values) {
    return values.stream().map(v -> ((Number) v).longValue()).toList();
  }

  static List<List<Long>> chunks(Collection<Long> values) {
    List<List<Long>> chunks = new ArrayList<>();
    List<Long> all = List.copyOf(values);
    for (int i = 0; i < all.size(); i += BATCH) {
      chunks.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return chunks;
  }
}
