package org.claimdesk.nlp;

/**
 * How a statement is reported: quoted in full, partly quoted, paraphrased, or asserted by the
 * outlet.
 */
public enum Attribution {
  DIRECT_QUOTE,
  PARTIAL_QUOTE,
  INDIRECT,
  ASSERTION
}
