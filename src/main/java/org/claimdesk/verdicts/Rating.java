package org.claimdesk.verdicts;

/** The default rating scale; the last two are for whether a statement was attributed rightly. */
public enum Rating {
  TRUE("True"),
  MOSTLY_TRUE("Mostly true"),
  HALF_TRUE("Half true"),
  MOSTLY_FALSE("Mostly false"),
  FALSE("False"),
  MISLEADING("Misleading"),
  UNPROVEN("Unproven"),
  ACCURATELY_ATTRIBUTED("Accurately attributed"),
  MISATTRIBUTED("Misattributed");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
