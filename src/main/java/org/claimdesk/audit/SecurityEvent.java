package org.claimdesk.audit;

/** The security events the audit log records beside changes to editorial data. */
public enum SecurityEvent {
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_OUT,
  LOCKED_OUT,
  TOKEN_CREATED,
  TOKEN_REVOKED,
  USER_CREATED,
  ROLE_CHANGED,
  DEACTIVATED,
  REACTIVATED,
  PASSWORD_RESET,
  EXPORT_MADE,
  DESK_EXPORTED
}
