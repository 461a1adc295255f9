package org.claimdesk.nlp;

import java.util.Objects;

/**
 * A news agency credited in the text ("With input from Xinhua", "(Reuters) -"), with where it was
 * found.
 */
public record WireCredit(String agency, int start, int end, String text) {
  public WireCredit {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(text, "text");
    new TextSpan(start, end);
  }
}
