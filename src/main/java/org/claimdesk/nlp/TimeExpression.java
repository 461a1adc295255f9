package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression as written, its offsets into the original input and its date when resolvable.
 */
public record TimeExpression(String text, int start, int end, LocalDate date) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    new TextSpan(start, end);
  }
}
