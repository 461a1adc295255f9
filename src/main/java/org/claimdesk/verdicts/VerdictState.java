package org.claimdesk.verdicts;

/**
 * Where a verdict stands: drafted, proposed, approved by a second editor, published, or replaced.
 */
public enum VerdictState {
  DRAFT,
  PROPOSED,
  APPROVED,
  PUBLISHED,
  SUPERSEDED,
  RETRACTED
}
