package org.claimdesk.claims;

/** How a statement is attributed in the text. */
public enum AttributionType {
  DIRECT_QUOTE,
  PARTIAL_QUOTE,
  INDIRECT,
  ASSERTION
}
