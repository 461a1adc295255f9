package org.claimdesk.evidence;

/** What kind of thing a source is. */
public enum SourceKind {
  WIRE_SERVICE,
  NEWS_REPORT,
  OFFICIAL_STATEMENT,
  OFFICIAL_DOCUMENT,
  SOCIAL_MEDIA,
  EXPERT,
  DATASET,
  OTHER
}
