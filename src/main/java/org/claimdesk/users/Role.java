package org.claimdesk.users;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in ClaimDesk (see DESIGN.md, "Users and roles"). */
public enum Role {
  ADMIN("Admin"),
  EDITOR("Editor"),
  REVIEWER("Reviewer"),
  AUDITOR("Auditor");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /**
   * The roles this role includes: an admin may do everything; an editor may also do a reviewer's
   * work. Expanded at sign-in so that views and services check one plain role each.
   */
  public Set<Role> included() {
    return switch (this) {
      case ADMIN -> EnumSet.allOf(Role.class);
      case EDITOR -> EnumSet.of(EDITOR, REVIEWER);
      case REVIEWER -> EnumSet.of(REVIEWER);
      case AUDITOR -> EnumSet.of(AUDITOR);
    };
  }

  /** Every role that holding {@code roles} grants, e.g. an editor is also a reviewer. */
  public static Set<Role> granted(Set<Role> roles) {
    Set<Role> granted = EnumSet.noneOf(Role.class);
    roles.forEach(r -> granted.addAll(r.included()));
    return granted;
  }
}
