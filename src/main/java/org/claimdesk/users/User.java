package org.claimdesk.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.claimdesk.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** A person who signs in to ClaimDesk, with roles and the languages and beats they cover. */
@Entity
@Table(name = "app_user")
@EntityListeners(DisplayNames.Listener.class)
@Audited
public class User extends AbstractEntity {

  /** Open assignments a person takes at most unless an admin says otherwise. */
  public static final int DEFAULT_CAPACITY = 10;

  /** The most open assignments anyone may be given. */
  public static final int MAX_CAPACITY = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "username", nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @NotAudited
  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "languages", length = 200)
  private @Nullable String languages;

  @Column(name = "beats", length = 500)
  private @Nullable String beats;

  @Column(name = "capacity", nullable = false)
  private int capacity = DEFAULT_CAPACITY;

  @Column(name = "away_until")
  private @Nullable LocalDate awayUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @ElementCollection
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 32, nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected User() {
    this.username = "";
    this.displayName = "";
    this.passwordHash = "";
  }

  User(String username, String displayName, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  @Override
  public @Nullable Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  public @Nullable String getLanguages() {
    return languages;
  }

  void setLanguages(@Nullable String languages) {
    this.languages = languages;
  }

  public @Nullable String getBeats() {
    return beats;
  }

  void setBeats(@Nullable String beats) {
    this.beats = beats;
  }

  public int getCapacity() {
    return capacity;
  }

  void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public @Nullable LocalDate getAwayUntil() {
    return awayUntil;
  }

  void setAwayUntil(@Nullable LocalDate awayUntil) {
    this.awayUntil = awayUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  void setRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }
}
