package org.claimdesk.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Base of every entity: proxy-safe equality on the database id, and an optimistic-lock version so
 * that a stale update is refused instead of silently overwriting somebody else's change.
 */
@MappedSuperclass
public abstract class AbstractEntity {

  @Version private long version;

  public abstract @Nullable Long getId();

  public long getVersion() {
    return version;
  }

  @Transient
  public boolean isNew() {
    return getId() == null;
  }

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || effectiveClass(this) != effectiveClass(other)) {
      return false;
    }
    Long id = getId();
    return id != null && id.equals(((AbstractEntity) other).getId());
  }

  @Override
  public final int hashCode() {
    // Constant per class so that an entity keeps its hash code when it is saved and gets an id.
    return effectiveClass(this).hashCode();
  }

  private static Class<?> effectiveClass(Object o) {
    return o instanceof HibernateProxy proxy
        ? proxy.getHibernateLazyInitializer().getPersistentClass()
        : o.getClass();
  }
}
