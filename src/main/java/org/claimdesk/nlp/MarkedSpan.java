package org.claimdesk.nlp;

import java.util.Objects;

/**
 * A stretch of the original input set apart from the claims (boilerplate, caption, heading) and
 * why.
 */
public record MarkedSpan(int start, int end, String text, String reason) {
  public MarkedSpan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    new TextSpan(start, end);
  }
}
