package org.claimdesk.nlp;

/** Who a statement is attributed to, as far as the text says. */
public enum SpeakerKind {
  PERSON,
  ORGANIZATION,
  ANONYMOUS_SOURCES,
  UNATTRIBUTED_REPORT,
  NONE
}
