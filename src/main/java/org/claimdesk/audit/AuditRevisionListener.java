package org.claimdesk.audit;

import org.claimdesk.shared.ChangeReason;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each new revision with the signed-in user and the reason given for the change, if any. */
public class AuditRevisionListener implements RevisionListener {

  /** The name recorded for changes made by the system itself, e.g. the first-start admin. */
  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    AuditRevision revision = (AuditRevision) revisionEntity;
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    revision.setUsername(
        auth != null && auth.isAuthenticated() && auth.getName() != null ? auth.getName() : SYSTEM);
    String given = AuditReason.current();
    revision.setReason(given != null ? given : ChangeReason.current());
  }
}
