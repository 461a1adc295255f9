package org.claimdesk.users;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}, kept in one place. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String EDITOR = "EDITOR";
  public static final String REVIEWER = "REVIEWER";
  public static final String AUDITOR = "AUDITOR";

  public static final String IS_ADMIN = "hasRole('ADMIN')";
  public static final String IS_EDITOR = "hasRole('EDITOR')";
  public static final String IS_REVIEWER = "hasRole('REVIEWER')";
  public static final String IS_AUDITOR = "hasRole('AUDITOR')";
  public static final String CAN_READ = "isAuthenticated()";

  private Roles() {}
}
