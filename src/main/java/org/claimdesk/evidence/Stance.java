package org.claimdesk.evidence;

/** How a piece of evidence bears on a claim. */
public enum Stance {
  SUPPORTS,
  REFUTES,
  CONTEXT
}
