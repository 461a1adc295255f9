package org.claimdesk.nlp;

import java.util.Objects;

/** A statement with an editor's label: worth checking or not. Training and evaluation input. */
public record LabelledStatement(String text, boolean checkworthy) {
  public LabelledStatement {
    Objects.requireNonNull(text, "text");
  }
}
