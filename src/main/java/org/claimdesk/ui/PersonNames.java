package org.claimdesk.ui;

/**
 * How the shell names a person: by display name, not username; the desk provides it, so the shell
 * depends on no feature.
 */
public interface PersonNames {

  /** The person's display name, or the username itself when there is none. */
  String displayName(String username);
}
