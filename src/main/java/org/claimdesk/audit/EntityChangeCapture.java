package org.claimdesk.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.LogEntry;
import org.claimdesk.audit.log.PendingEntry;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes every change to an audited entity an entry of the audit log, in the same transaction.
 *
 * <p>Hibernate's post-insert, post-update and post-delete events give each changed entity with its
 * field values before and after; they are collected per transaction and appended in a
 * before-completion callback registered after Envers' own, so that the Envers revision (its number,
 * user and reason) is written by then and the entries go in just before the commit. See
 * docs/design-decisions/DD-audit-log.md.
 */
@Component
class EntityChangeCapture
    implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  /** Field values longer than this are recorded as their SHA-256 and length. */
  static final int MAX_VALUE_LENGTH = 2000;

  private final EntityManagerFactory entityManagerFactory;
  private final Map<Transaction, List<Captured>> pending = new ConcurrentHashMap<>();
  private final Map<Class<?>, Set<String>> notAudited = new ConcurrentHashMap<>();

  EntityChangeCapture(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  private record Captured(
      String entity,
      String id,
      String change,
      Map<String, Object> fields,
      Map<String, Object> before,
      Set<String> dirty) {}

  @PostConstruct
  void register() {
    EventListenerRegistry registry =
        entityManagerFactory
            .unwrap(SessionFactoryImplementor.class)
            .getServiceRegistry()
            .requireService(EventListenerRegistry.class);
    // Appended after Envers' listeners, so that Envers registers its completion work first.
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
  }

  /**
   * Only the overhead benchmark turns capturing off, to time the same work without the log; there
   * is no setting for it, and nothing in the application calls it.
   */
  private volatile boolean capturing = true;

  void setCapturingForBenchmark(boolean capturing) {
    this.capturing = capturing;
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    EntityPersister p = event.getPersister();
    if (!audited(p)) {
      return;
    }
    capture(
        event.getSession(),
        new Captured(
            name(p),
            String.valueOf(event.getId()),
            "ADD",
            values(p, event.getState(), null, event.getSession()),
            Map.of(),
            Set.of()));
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    EntityPersister p = event.getPersister();
    if (!audited(p)) {
      return;
    }
    String[] names = p.getPropertyNames();
    Set<String> dirty = new HashSet<>();
    Map<String, Object> before = new TreeMap<>();
    Set<String> hidden = notAudited(p.getMappedClass());
    Object[] old = event.getOldState();
    int[] dirtyIndexes = event.getDirtyProperties();
    if (dirtyIndexes != null) {
      for (int i : dirtyIndexes) {
        dirty.add(names[i]);
        if (!hidden.contains(names[i]) && old != null) {
          before.put(names[i], render(old[i], event.getSession()));
        }
      }
    }
    capture(
        event.getSession(),
        new Captured(
            name(p),
            String.valueOf(event.getId()),
            "MOD",
            values(p, event.getState(), null, event.getSession()),
            before,
            dirty));
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    EntityPersister p = event.getPersister();
    if (!audited(p)) {
      return;
    }
    capture(
        event.getSession(),
        new Captured(
            name(p),
            String.valueOf(event.getId()),
            "DEL",
            values(p, event.getDeletedState(), null, event.getSession()),
            Map.of(),
            Set.of()));
  }

  private void capture(SharedSessionContractImplementor session, Captured change) {
    Transaction tx = session.accessTransaction();
    List<Captured> list = pending.get(tx);
    if (list == null) {
      list = new ArrayList<>();
      pending.put(tx, list);
      TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
      callbacks.registerCallback(
          (TransactionCompletionCallbacks.BeforeCompletionCallback) s -> write(session, tx));
      callbacks.registerCallback(
          (TransactionCompletionCallbacks.AfterCompletionCallback)
              (success, s) -> pending.remove(tx));
    }
    list.add(change);
  }

  private void write(SharedSessionContractImplementor session, Transaction tx) {
    List<Captured> changes = pending.remove(tx);
    if (changes == null || changes.isEmpty()) {
      return;
    }
    AuditRevision revision =
        session instanceof SessionImplementor full
            ? AuditReaderFactory.get(full).getCurrentRevision(AuditRevision.class, false)
            : null;
    String actor = revision == null ? AuditLog.currentActor() : revision.getUsername();
    String reason = revision == null ? null : revision.getReason();
    Long revisionId = revision == null ? null : revision.getId();
    List<PendingEntry> entries = new ArrayList<>();
    for (Captured c : changes) {
      entries.add(
          new PendingEntry(
              actor,
              reason,
              LogEntry.Kind.CHANGE,
              c.entity(),
              c.id(),
              c.change(),
              revisionId,
              claimId(c),
              documentId(c),
              c.fields(),
              c.before()));
      SecurityEvent event = userEvent(c);
      if (event != null) {
        Object username = c.fields().get("username");
        entries.add(
            PendingEntry.security(
                actor,
                event.name(),
                username == null ? c.id() : username.toString(),
                c.fields().containsKey("roles")
                    ? Map.of("roles", c.fields().get("roles"))
                    : Map.of()));
      }
    }
    session.doWork(connection -> AuditStore.append(connection, entries));
  }

  /** A change to an account is also a security event. */
  private static @Nullable SecurityEvent userEvent(Captured c) {
    if (!c.entity().equals("User")) {
      return null;
    }
    if (c.change().equals("ADD")) {
      return SecurityEvent.USER_CREATED;
    }
    if (!c.change().equals("MOD")) {
      return null;
    }
    if (c.dirty().contains("active")) {
      return Boolean.TRUE.equals(c.fields().get("active"))
          ? SecurityEvent.REACTIVATED
          : SecurityEvent.DEACTIVATED;
    }
    if (c.dirty().contains("roles")) {
      return SecurityEvent.ROLE_CHANGED;
    }
    if (c.dirty().contains("passwordHash")) {
      return SecurityEvent.PASSWORD_RESET;
    }
    return null;
  }

  private static @Nullable Long claimId(Captured c) {
    if (c.entity().equals("Claim")) {
      return parse(c.id());
    }
    Object v =
        c.fields().containsKey("claimId") ? c.fields().get("claimId") : c.fields().get("claim");
    return v instanceof Number n ? n.longValue() : null;
  }

  private static @Nullable Long documentId(Captured c) {
    if (c.entity().equals("Document")) {
      return parse(c.id());
    }
    Object v = c.fields().get("documentId");
    return v instanceof Number n ? n.longValue() : null;
  }

  private static @Nullable Long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private boolean audited(EntityPersister p) {
    if (!capturing) {
      return false;
    }
    Class<?> type = p.getMappedClass();
    return type != null && type.isAnnotationPresent(Audited.class);
  }

  private static String name(EntityPersister p) {
    return p.getMappedClass().getSimpleName();
  }

  private Map<String, Object> values(
      EntityPersister p,
      Object @Nullable [] state,
      @Nullable Object unused,
      SharedSessionContractImplementor session) {
    Map<String, Object> out = new TreeMap<>();
    if (state == null) {
      return out;
    }
    String[] names = p.getPropertyNames();
    Set<String> hidden = notAudited(p.getMappedClass());
    for (int i = 0; i < names.length; i++) {
      if (!hidden.contains(names[i])) {
        out.put(names[i], render(state[i], session));
      }
    }
    return out;
  }

  /** Properties Envers leaves out (such as password hashes) stay out of the log too. */
  private Set<String> notAudited(Class<?> type) {
    return notAudited.computeIfAbsent(
        type,
        t -> {
          Set<String> names = new HashSet<>();
          for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (f.isAnnotationPresent(NotAudited.class)) {
                names.add(f.getName());
              }
            }
          }
          return names;
        });
  }

  /** A field value as JSON: text, numbers, booleans; an entity by its id; dates as ISO text. */
  static @Nullable Object render(@Nullable Object value, SharedSessionContractImplementor session) {
    return switch (value) {
      case null -> null;
      case String s -> s.length() > MAX_VALUE_LENGTH ? digest(s) : s;
      case Boolean b -> b;
      case Integer i -> i.longValue();
      case Long l -> l;
      case Short s -> s.longValue();
      case Number n -> n.doubleValue();
      case Enum<?> e -> e.name();
      case TemporalAccessor t -> t.toString();
      case HibernateProxy proxy ->
          render(proxy.getHibernateLazyInitializer().getInternalIdentifier(), session);
      case PersistentCollection<?> collection when !collection.wasInitialized() -> "(not loaded)";
      case Collection<?> items ->
          items.stream().map(v -> render(v, session)).map(String::valueOf).sorted().toList();
      case Map<?, ?> map -> {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), render(v, session)));
        yield out;
      }
      default -> {
        if (value.getClass().isAnnotationPresent(Entity.class)) {
          Object id = session.getContextEntityIdentifier(value);
          yield id == null ? null : render(id, session);
        }
        yield value.toString();
      }
    };
  }

  private static String digest(String s) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash) + " (" + s.length() + " characters)";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
