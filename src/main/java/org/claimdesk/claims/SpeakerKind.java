package org.claimdesk.claims;

/** Who a statement is attributed to, as a kind (see DESIGN.md, ClaimItem). */
public enum SpeakerKind {
  PERSON,
  ORGANIZATION,
  ANONYMOUS_SOURCES,
  UNATTRIBUTED_REPORT,
  NONE
}
