package org.claimdesk.matching;

/** Where a match suggestion stands: offered to triage, confirmed or rejected by an editor. */
public enum SuggestionState {
  OFFERED,
  CONFIRMED,
  REJECTED
}
